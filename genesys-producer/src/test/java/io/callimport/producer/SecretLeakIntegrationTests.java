package io.callimport.producer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callimport.producer.AdminApiClient.Response;
import io.callimport.testsupport.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client secret (and a wrong one an installer typed) appears nowhere: not in any API
 * response, not in the actuator's output, not in anything this JVM logged, and not in
 * clear in the database.
 */
class SecretLeakIntegrationTests extends FlowContext {

	@Test
	void theClientSecretAppearsInNoResponseLogActuatorOutputOrDatabaseColumn() {
		ensureWatching();
		String wrongSecret = "typo-secret-" + UUID.randomUUID();
		String path = "/api/v1/tenants/" + TENANT + "/genesys-settings";
		List<Response> responses = new ArrayList<>();
		responses.add(this.api.put(path, genesys.settingsJson()));
		responses.add(this.api.put(path, genesys.settingsJson().replace(genesys.clientSecret(), wrongSecret)));
		responses.add(this.api.put(path,
				genesys.settingsJson().replace(genesys.clientSecret(), wrongSecret).replace("mypurecloud.com", "")));
		responses.add(this.api.get(path));
		responses.add(this.api.put(path, "{\"clientSecret\":\"" + wrongSecret + "\", \"organizationId\": "));
		responses.add(this.api.put(path, "{\"clientSecret\":[\"" + wrongSecret + "\"]}"));
		responses.add(this.api.get("/api/v1/tenants/" + TENANT + "/agents"));
		responses.add(this.api.get("/api/v1/tenants/" + TENANT + "/calls"));
		responses.add(this.api.get("/api/v1/tenants/" + TENANT + "/failures"));
		AdminApiClient management = new AdminApiClient(this.managementPort, null);
		for (String endpoint : List.of("/actuator", "/actuator/health", "/actuator/health/readiness",
				"/actuator/health/liveness", "/actuator/info", "/actuator/prometheus", "/actuator/env",
				"/actuator/configprops")) {
			responses.add(management.get(endpoint));
		}

		assertThat(responses.get(0).status()).isEqualTo(200);
		assertThat(responses.get(1).status()).isEqualTo(422);
		assertThat(responses.get(2).status()).isEqualTo(400);
		assertThat(responses.get(14).body()).contains("callimport_websocket_connected");
		assertThat(responses.get(4).status()).isEqualTo(400);
		assertThat(responses.get(5).status()).isEqualTo(400);
		String everything = String.join("\n", responses.stream().map(Response::body).toList());
		String logs = CapturedOutput.text();
		assertThat(logs).as("the log was captured")
			.contains("Logged in to Genesys as OAuth client " + genesys.clientId());
		for (String secret : List.of(genesys.clientSecret(), wrongSecret)) {
			assertThat(everything).doesNotContain(secret);
			assertThat(logs).doesNotContain(secret);
		}
		byte[] stored = this.jdbc.sql("SELECT client_secret_encrypted FROM genesys_settings WHERE tenant_id = :tenant")
			.param("tenant", TENANT)
			.query(byte[].class)
			.single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(genesys.clientSecret());
	}

}
