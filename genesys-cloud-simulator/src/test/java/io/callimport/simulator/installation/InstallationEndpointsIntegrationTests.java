package io.callimport.simulator.installation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.AuthorizationApi;
import com.mypurecloud.sdk.v2.api.GroupsApi;
import com.mypurecloud.sdk.v2.api.IntegrationsApi;
import com.mypurecloud.sdk.v2.api.OAuthApi;
import com.mypurecloud.sdk.v2.api.UsersApi;
import com.mypurecloud.sdk.v2.model.DomainOrganizationRole;
import com.mypurecloud.sdk.v2.model.DomainOrganizationRoleCreate;
import com.mypurecloud.sdk.v2.model.DomainPermissionPolicy;
import com.mypurecloud.sdk.v2.model.Group;
import com.mypurecloud.sdk.v2.model.GroupCreate;
import com.mypurecloud.sdk.v2.model.GroupMembersUpdate;
import com.mypurecloud.sdk.v2.model.IntegrationConfiguration;
import com.mypurecloud.sdk.v2.model.OAuthClient;
import com.mypurecloud.sdk.v2.model.OAuthClientRequest;
import com.mypurecloud.sdk.v2.model.UserMe;
import io.callimport.simulator.GenesysCloudSimulator;
import io.callimport.simulator.SimulatorClients;
import io.callimport.simulator.control.OrganizationScenario;
import io.callimport.simulator.control.OrganizationState;
import io.callimport.simulator.web.GenesysMapper;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What an installation wizard calls, through the official SDK where it can be: the PKCE
 * login, roles and grants, OAuth clients (created ones log in with their roles'
 * permissions), groups, integration notes, permissions, planned failures, CORS and the
 * ground truth of installed objects.
 */
class InstallationEndpointsIntegrationTests {

	private static final OkHttpClient NO_REDIRECTS = SimulatorClients.HTTP.newBuilder().followRedirects(false).build();

	private static final String LOGIN_CLIENT = "wizard-" + UUID.randomUUID();

	private static final String REDIRECT = "http://127.0.0.1:9/wizard/index.html";

	private static GenesysCloudSimulator genesys;

	@BeforeAll
	static void simulator() {
		genesys = GenesysCloudSimulator.shared();
		genesys.installation().registerLoginClient(LOGIN_CLIENT, List.of(REDIRECT));
	}

	@Test
	void signsAnAdministratorInWithTheAuthorizationCodeAndPkce() throws Exception {
		Org org = Org.create();
		String verifier = "verifier-" + UUID.randomUUID() + "-" + UUID.randomUUID();

		try (Response page = NO_REDIRECTS.newCall(new Request.Builder().url(authorize(challenge(verifier))).build())
			.execute();
				Response unknownRedirect = NO_REDIRECTS
					.newCall(new Request.Builder().url(authorize(challenge(verifier)).replace("wizard", "elsewhere"))
						.build())
					.execute();
				Response wrongPassword = signIn(org.admin.email(), "wrong", challenge(verifier))) {
			String code = code(signIn(org.admin.email(), org.password, challenge(verifier)));
			try (Response wrongVerifier = exchange(code, "another-verifier-" + UUID.randomUUID() + UUID.randomUUID())) {
				String secondCode = code(signIn(org.admin.email(), org.password, challenge(verifier)));
				try (Response token = exchange(secondCode, verifier);
						Response reused = exchange(secondCode, verifier)) {

					assertThat(page.code()).isEqualTo(200);
					assertThat(page.body().string()).contains("<label for=\"email\">", "name=\"code_challenge\"");
					assertThat(unknownRedirect.code()).isEqualTo(400);
					assertThat(wrongPassword.code()).isEqualTo(401);
					assertThat(wrongVerifier.code()).isEqualTo(400);
					assertThat(wrongVerifier.body().string()).contains("invalid_grant");
					assertThat(token.code()).isEqualTo(200);
					String accessToken = GenesysMapper.get()
						.readTree(token.body().string())
						.get("access_token")
						.asText();
					UserMe me = new UsersApi(sdk(accessToken)).getUsersMe(List.of("authorization"), null);
					assertThat(me.getId()).isEqualTo(org.admin.userId());
					assertThat(me.getAuthorization().getPermissions()).containsAll(AdminRequest.INSTALLER_PERMISSIONS);
					assertThat(reused.code()).isEqualTo(400);
				}
			}
		}
	}

	@Test
	void createsRolesClientsAndGroupsAsTheAdministratorAndRecordsThemAsInstalled() throws Exception {
		Org org = Org.create();
		ApiClient admin = sdk(org.userToken());
		AuthorizationApi authorization = new AuthorizationApi(admin);
		OAuthApi oauth = new OAuthApi(admin);
		DomainOrganizationRole role = authorization
			.postAuthorizationRoles(new DomainOrganizationRoleCreate().name("Import role")
				.permissionPolicies(List.of(policy("analytics", "conversationDetail", "view"),
						policy("recording", "recording", "view"))));
		OAuthClientRequest clientRequest = new OAuthClientRequest().name("Import client")
			.authorizedGrantType(OAuthClientRequest.AuthorizedGrantTypeEnum.CLIENT_CREDENTIALS)
			.roleIds(List.of(role.getId()));

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> oauth.postOauthClients(clientRequest))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400));
		authorization.putAuthorizationRoleUsersAdd(role.getId(), List.of(org.admin.userId()));
		OAuthClient client = oauth.postOauthClients(clientRequest);
		String clientToken = SimulatorClients.token(genesys.baseUrl(), client.getId(), client.getSecret());
		int analytics = status(SimulatorClients
			.get(genesys.baseUrl() + "/api/v2/analytics/conversations/" + UUID.randomUUID() + "/details", clientToken));

		assertThat(role.getPermissions()).containsExactlyInAnyOrder("analytics:conversationDetail:view",
				"recording:recording:view");
		assertThat(client.getSecret()).isNotBlank();
		assertThat(oauth.getOauthClient(client.getId()).getSecret()).isNull();
		assertThat(analytics).isEqualTo(404);

		OAuthClient renewed = oauth.postOauthClientSecret(client.getId());
		assertThat(renewed.getSecret()).isNotEqualTo(client.getSecret());
		GroupsApi groups = new GroupsApi(admin);
		Group group = groups.postGroups(new GroupCreate().name("Import agents")
			.type(GroupCreate.TypeEnum.OFFICIAL)
			.visibility(GroupCreate.VisibilityEnum.PUBLIC));
		groups.postGroupMembers(group.getId(),
				new GroupMembersUpdate().memberIds(org.state.outsideUserIds()).version(group.getVersion()));
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> groups.postGroupMembers(group.getId(),
					new GroupMembersUpdate().memberIds(org.state.agentUserIds()).version(group.getVersion())))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(409));
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> groups.postGroups(new GroupCreate().name("import AGENTS")
				.type(GroupCreate.TypeEnum.OFFICIAL)
				.visibility(GroupCreate.VisibilityEnum.PUBLIC)))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(409));

		InstalledObjects installed = genesys.installation().installed(org.id);
		assertThat(installed.roles()).singleElement().satisfies((r) -> {
			assertThat(r.id()).isEqualTo(role.getId());
			assertThat(r.holderUserIds()).containsExactly(org.admin.userId());
		});
		assertThat(installed.oauthClients()).singleElement()
			.satisfies((c) -> assertThat(c.roleIds()).containsExactly(role.getId()));
		assertThat(installed.groups()).singleElement()
			.satisfies((g) -> assertThat(g.memberIds()).containsExactlyElementsOf(org.state.outsideUserIds()));

		oauth.deleteOauthClient(client.getId());
		groups.deleteGroup(group.getId());
		authorization.deleteAuthorizationRole(role.getId());
		assertThat(status(SimulatorClients.get(genesys.baseUrl() + "/api/v2/organizations/me", clientToken)))
			.isEqualTo(401);
		assertThat(genesys.installation().installed(org.id).isEmpty()).isTrue();
	}

	@Test
	void refusesAnAdministratorWithoutThePermissionAndFailsPlannedRequests() throws Exception {
		Org org = Org.create();
		AdminCreated viewer = genesys.installation()
			.addAdmin(org.id, new AdminRequest("Vic Viewer", null, "viewer-password", List.of("oauth:client:view")));
		ApiClient viewerSdk = sdk(userToken(viewer.email(), "viewer-password"));
		genesys.installation().failRequests(org.id, RequestFailure.once("GET", "/api/v2/oauth/clients", 503));

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> new AuthorizationApi(viewerSdk)
				.postAuthorizationRoles(new DomainOrganizationRoleCreate().name("Nope")))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(403);
				assertThat(ex.getRawBody()).contains("missing.permissions", "authorization:role:add");
			});
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> new OAuthApi(viewerSdk).getOauthClients())
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(503));
		assertThat(new OAuthApi(viewerSdk).getOauthClients().getEntities()).isEmpty();
	}

	@Test
	void keepsIntegrationNotesAtTheirVersionAndAnswersBrowsers() throws Exception {
		Org org = Org.create();
		IntegrationCreated integration = genesys.installation()
			.installIntegration(org.id, "callimport-speech-analytics", "Call Import");
		IntegrationsApi integrations = new IntegrationsApi(sdk(org.userToken()));
		IntegrationConfiguration current = integrations.getIntegrationConfigCurrent(integration.integrationId());

		IntegrationConfiguration saved = integrations.putIntegrationConfigCurrent(integration.integrationId(),
				new IntegrationConfiguration().name(current.getName())
					.version(current.getVersion())
					.notes("{\"a\":1}"));
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> integrations.putIntegrationConfigCurrent(integration.integrationId(),
					new IntegrationConfiguration().name("x").version(current.getVersion()).notes("stale")))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(409));
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> integrations.putIntegrationConfigCurrent(integration.integrationId(),
					new IntegrationConfiguration().name("x").version(saved.getVersion()).notes("n".repeat(501))))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400));
		Response preflight = closed(SimulatorClients.HTTP
			.newCall(new Request.Builder().url(genesys.baseUrl() + "/api/v2/users/me")
				.method("OPTIONS", null)
				.header("Origin", "http://127.0.0.1:9")
				.header("Access-Control-Request-Method", "GET")
				.header("Access-Control-Request-Headers", "authorization")
				.build())
			.execute());

		assertThat(integrations.getIntegrationsTypes(100, 1, null, null, null, null).getEntities())
			.anyMatch((type) -> "callimport-speech-analytics".equals(type.getId()));
		assertThat(saved.getVersion()).isEqualTo(current.getVersion() + 1);
		assertThat(genesys.installation().installed(org.id).integrations().get(0).notes()).isEqualTo("{\"a\":1}");
		assertThat(preflight.code()).isEqualTo(200);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isNotNull();
	}

	private static DomainPermissionPolicy policy(String domain, String entity, String action) {
		return new DomainPermissionPolicy().domain(domain).entityName(entity).actionSet(List.of(action));
	}

	private static ApiClient sdk(String token) {
		return SimulatorClients.sdk(genesys.baseUrl(), token);
	}

	private static String authorize(String challenge) {
		return HttpUrl.get(genesys.baseUrl() + "/oauth/authorize")
			.newBuilder()
			.addQueryParameter("client_id", LOGIN_CLIENT)
			.addQueryParameter("redirect_uri", REDIRECT)
			.addQueryParameter("response_type", "code")
			.addQueryParameter("code_challenge", challenge)
			.addQueryParameter("code_challenge_method", "S256")
			.addQueryParameter("state", "s-1")
			.toString();
	}

	private static Response signIn(String email, String password, String challenge) throws IOException {
		return NO_REDIRECTS
			.newCall(new Request.Builder().url(genesys.baseUrl() + "/oauth/authorize")
				.post(new FormBody.Builder().add("client_id", LOGIN_CLIENT)
					.add("redirect_uri", REDIRECT)
					.add("response_type", "code")
					.add("code_challenge", challenge)
					.add("code_challenge_method", "S256")
					.add("state", "s-1")
					.add("email", email)
					.add("password", password)
					.build())
				.build())
			.execute();
	}

	private static int status(Response response) {
		try (response) {
			return response.code();
		}
	}

	/** The response with its body closed: status and headers stay readable. */
	private static Response closed(Response response) {
		response.close();
		return response;
	}

	/**
	 * The code of a sign-in's redirect; the response is closed (OkHttp 5 can reuse a
	 * leaked connection).
	 */
	private static String code(Response redirect) {
		try (redirect) {
			assertThat(redirect.code()).isEqualTo(302);
			HttpUrl location = HttpUrl.get(redirect.header("Location"));
			assertThat(location.queryParameter("state")).isEqualTo("s-1");
			return location.queryParameter("code");
		}
	}

	private static Response exchange(String code, String verifier) throws IOException {
		return SimulatorClients.HTTP
			.newCall(new Request.Builder().url(genesys.baseUrl() + "/oauth/token")
				.post(new FormBody.Builder().add("grant_type", "authorization_code")
					.add("code", code)
					.add("client_id", LOGIN_CLIENT)
					.add("redirect_uri", REDIRECT)
					.add("code_verifier", verifier)
					.build())
				.build())
			.execute();
	}

	static String userToken(String email, String password) throws IOException {
		String verifier = "verifier-" + UUID.randomUUID() + "-" + UUID.randomUUID();
		try (Response token = exchange(code(signIn(email, password, challenge(verifier))), verifier)) {
			return GenesysMapper.get().readTree(token.body().string()).get("access_token").asText();
		}
	}

	private static String challenge(String verifier) {
		try {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(
						MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An organisation with an installer. */
	private record Org(String id, OrganizationState state, AdminCreated admin, String password) {

		static Org create() {
			String id = UUID.randomUUID().toString();
			OrganizationState state = genesys.control()
				.putOrganization(id,
						OrganizationScenario.of(UUID.randomUUID().toString(), "s", "Agents", 2).withUsers(2, 0));
			String password = "pw-" + UUID.randomUUID();
			AdminCreated admin = genesys.installation()
				.addAdmin(id, AdminRequest.installer("Ada Admin", "ada-" + id + "@example.com", password));
			return new Org(id, state, admin, password);
		}

		String userToken() throws IOException {
			return InstallationEndpointsIntegrationTests.userToken(this.admin.email(), this.password);
		}

	}

}
