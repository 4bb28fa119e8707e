package io.callimport.simulator.organization;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.callimport.simulator.control.OAuthClientCredentials;
import io.callimport.simulator.control.OrganizationScenario;

/**
 * One simulated Genesys organisation: its scenario, its fixed entities (division, queue,
 * wrap-up codes) and its directory of users and groups.
 */
public final class SimulatedOrganization {

	private final String id;

	// Volatile: the control API may retune a live organisation's limits and timings.
	private volatile OrganizationScenario scenario;

	private final IdSource ids;

	private final String divisionId;

	private final String queueId;

	private final List<String> wrapUpCodeIds;

	private final OrganizationDirectory directory;

	private final Roles roles = new Roles();

	private final OAuthClients oauthClients = new OAuthClients();

	private final Integrations integrations = new Integrations();

	private final Administrators administrators = new Administrators();

	SimulatedOrganization(String id, OrganizationScenario scenario, int incarnation, Instant now) {
		this.id = id;
		this.scenario = scenario;
		// Seed, organisation id and incarnation together: two organisations, or an
		// organisation and the one it replaced, never share ids.
		UUID orgHash = UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8));
		long seed = scenario.seed() ^ orgHash.getMostSignificantBits() ^ orgHash.getLeastSignificantBits();
		this.ids = new IdSource(seed + incarnation * 0x9E3779B97F4A7C15L);
		this.divisionId = this.ids.uuid();
		this.queueId = this.ids.uuid();
		this.wrapUpCodeIds = IntStream.range(0, 3).mapToObj((i) -> this.ids.uuid()).toList();
		this.directory = new OrganizationDirectory(scenario, this.ids, domain(), this.divisionId, now);
	}

	public String id() {
		return this.id;
	}

	public String name() {
		return this.scenario.name().isEmpty() ? this.id : this.scenario.name();
	}

	/** The organisation's (made-up) domain, as Genesys shows it. */
	public String domain() {
		return "org-" + this.id.substring(0, Math.min(8, this.id.length())).toLowerCase(java.util.Locale.ROOT)
				+ ".example";
	}

	public OrganizationScenario scenario() {
		return this.scenario;
	}

	/**
	 * Changes settings that nothing of the organisation was derived from (limits,
	 * timings), keeping its users, calls and tokens.
	 */
	public synchronized void updateScenario(UnaryOperator<OrganizationScenario> change) {
		this.scenario = change.apply(this.scenario);
	}

	public IdSource ids() {
		return this.ids;
	}

	public String divisionId() {
		return this.divisionId;
	}

	public String queueId() {
		return this.queueId;
	}

	public List<String> wrapUpCodeIds() {
		return this.wrapUpCodeIds;
	}

	public OrganizationDirectory directory() {
		return this.directory;
	}

	public String groupId() {
		return this.directory.groupId();
	}

	/**
	 * A client that can log in with client credentials: one of the scenario (every
	 * permission but its {@code missingPermissions}) or one created through the API (the
	 * permissions of its roles, of those the simulator checks).
	 */
	public Optional<OAuthClientCredentials> client(String clientId) {
		Optional<OAuthClientCredentials> seeded = this.scenario.clients()
			.stream()
			.filter((c) -> c.clientId().equals(clientId))
			.findFirst();
		if (seeded.isPresent()) {
			return seeded;
		}
		return this.oauthClients.find(clientId).map((client) -> {
			Set<String> granted = this.roles.permissions(client.roleIds());
			List<String> missing = Stream.of(Permissions.ANALYTICS, Permissions.RECORDINGS)
				.filter((permission) -> !Permissions.grants(granted, permission))
				.toList();
			return new OAuthClientCredentials(client.id(), client.secret(), missing);
		});
	}

	/** Whether a client id is one of the scenario's (which hold every permission). */
	public boolean isScenarioClient(String clientId) {
		return this.scenario.clients().stream().anyMatch((c) -> c.clientId().equals(clientId));
	}

	/**
	 * A user who can sign in on the login page, with a role of their own holding
	 * {@code permissions}.
	 */
	public AdminLogin addAdministrator(String name, String email, String password, List<String> permissions,
			Instant now) {
		if (this.administrators.byEmail(email).isPresent()) {
			throw new IllegalStateException("An administrator with e-mail " + email + " exists");
		}
		SimulatedUser user = this.directory.addStaff(name, email);
		SimulatedRole role = this.roles.create("Simulated administrator " + user.id().substring(0, 8),
				"The permissions the simulator gave this administrator", permissions, true, now);
		this.roles.grant(role.id(), List.of(user.id()));
		AdminLogin admin = new AdminLogin(this.id, user.id(), email, password);
		this.administrators.add(admin);
		return admin;
	}

	public Roles roles() {
		return this.roles;
	}

	public OAuthClients oauthClients() {
		return this.oauthClients;
	}

	public Integrations integrations() {
		return this.integrations;
	}

	public Administrators administrators() {
		return this.administrators;
	}

}
