package io.callimport.consumer.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.callimport.consumer.ConsumerApplication;
import io.callimport.consumer.ConsumerServices;
import io.callimport.testsupport.PostgresServer;
import io.callimport.testsupport.RabbitServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class MissingSettingsTests {

	@Test
	void startWithoutTheObjectStoreSettingsStopsNamingTheirVariables(CapturedOutput output) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.putAll(PostgresServer.shared().createDatabase().springProperties());
		properties.putAll(RabbitServer.shared().createVirtualHost().springProperties());
		properties.put("settings.encryption-key", ConsumerServices.ENCRYPTION_KEY);
		properties.put("server.port", "0");
		properties.put("management.server.port", "0");

		assertThatThrownBy(() -> new SpringApplicationBuilder(ConsumerApplication.class).properties(properties).run())
			.isNotNull();

		assertThat(output).contains("MINIO_ENDPOINT", "MINIO_ACCESS_KEY", "MINIO_SECRET_KEY");
	}

}
