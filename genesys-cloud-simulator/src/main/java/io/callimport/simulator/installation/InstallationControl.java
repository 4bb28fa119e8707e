package io.callimport.simulator.installation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.callimport.simulator.control.ControlHttp;
import io.callimport.simulator.control.SimulatorControlException;

/**
 * A typed client of the installation control API over real HTTP; every method throws
 * {@link SimulatorControlException} on an error status.
 */
public final class InstallationControl {

	private final ControlHttp http;

	public InstallationControl(String baseUrl) {
		this.http = new ControlHttp(baseUrl);
	}

	/** Registers a login client (authorization code with PKCE) and its redirect URIs. */
	public void registerLoginClient(String clientId, List<String> redirectUris) {
		this.http.call("PUT", "/simulator/login-clients/" + encode(clientId), new LoginClientRegistration(redirectUris),
				Void.class);
	}

	public AdminCreated addAdmin(String orgId, AdminRequest request) {
		return this.http.call("POST", org(orgId) + "/admins", request, AdminCreated.class);
	}

	public IntegrationCreated installIntegration(String orgId, String integrationTypeId, String name) {
		return this.http.call("POST", org(orgId) + "/integrations", new IntegrationRequest(integrationTypeId, name),
				IntegrationCreated.class);
	}

	/** The next matching request(s) of the organisation fail. */
	public void failRequests(String orgId, RequestFailure failure) {
		this.http.call("POST", org(orgId) + "/request-failures", failure, Void.class);
	}

	public void clearRequestFailures(String orgId) {
		this.http.call("DELETE", org(orgId) + "/request-failures", null, Void.class);
	}

	/** What exists now that was made through the API. */
	public InstalledObjects installed(String orgId) {
		return this.http.call("GET", org(orgId) + "/installation", null, InstalledObjects.class);
	}

	private static String org(String orgId) {
		return "/simulator/organizations/" + encode(orgId);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
