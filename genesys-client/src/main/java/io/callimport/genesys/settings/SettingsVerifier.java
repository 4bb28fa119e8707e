package io.callimport.genesys.settings;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.mypurecloud.sdk.v2.model.TokenInfo;
import io.micrometer.core.instrument.MeterRegistry;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.GenesysClients;
import io.callimport.genesys.GenesysCredentials;
import io.callimport.genesys.GenesysProperties;
import io.callimport.genesys.directory.DirectoryGroup;
import io.callimport.genesys.directory.GroupDirectory;
import io.callimport.genesys.directory.GroupDirectory.GroupNotFoundException;
import io.callimport.genesys.directory.GroupMember;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.retry.RetrySettings;
import io.callimport.genesys.settings.SettingsCheckException.Reason;

/**
 * Checks submitted settings with the submitted credentials before anything is saved: the
 * login works, the token's organisation is {@code organizationId}, the group exists (by
 * id, or by exactly one name), and with {@code departmentId} every member of the group is
 * in that division (Genesys has no department entity with an id: a user's department is
 * free text, so the id can only be a division's). A contradiction names both sides
 * ({@link Reason#REJECTED}); Genesys out of reach is {@link Reason#GENESYS_UNAVAILABLE}.
 * Uses clients of its own, so a failed check never disturbs a live session's client.
 */
public class SettingsVerifier implements AutoCloseable {

	private static final int MEMBER_PAGE_SIZE = 100;

	private final GenesysClients checkClients;

	private final GroupDirectory groups;

	public SettingsVerifier(GenesysProperties genesys, SettingsCheckProperties properties, MeterRegistry registry,
			GroupDirectory groups) {
		this.checkClients = new GenesysClients(quick(genesys, properties.timeout()), registry);
		this.groups = groups;
	}

	private static GenesysProperties quick(GenesysProperties genesys, Duration timeout) {
		RetrySettings retry = new RetrySettings(3, Duration.ofMillis(200), 2.0, Duration.ofSeconds(1),
				Duration.ofMillis(100), timeout, Duration.ofSeconds(1));
		return new GenesysProperties(genesys.apiBaseUrl(), genesys.loginBaseUrl(), genesys.tokenRenewalMargin(),
				genesys.budget(), retry, genesys.timeouts(), genesys.websocket());
	}

	/**
	 * @throws SettingsCheckException when Genesys contradicts the settings or cannot be
	 * asked
	 */
	public void verify(String tenantId, SubmittedSettings settings) {
		SettingsRequest request = settings.request();
		GenesysClient client = this.checkClients.forTenant(tenantId,
				new GenesysCredentials(request.region(), request.clientId(), settings.secret()));
		try {
			checkOrganization(client, request);
			DirectoryGroup group = group(client, request);
			if (request.departmentId() != null) {
				checkDivision(client, group, request.departmentId());
			}
		}
		catch (GenesysException ex) {
			throw translated(ex, request.clientId());
		}
		finally {
			this.checkClients.evict(tenantId);
		}
	}

	private void checkOrganization(GenesysClient client, SettingsRequest request) {
		TokenInfo token = client.call(() -> client.tokens().getTokensMe((Boolean) null));
		String actual = (token.getOrganization() != null) ? token.getOrganization().getId() : null;
		if (actual == null || !actual.equalsIgnoreCase(request.organizationId())) {
			throw rejected("OAuth client '" + request.clientId() + "' belongs to organization '" + actual
					+ "', not to organizationId '" + request.organizationId() + "'");
		}
	}

	private DirectoryGroup group(GenesysClient client, SettingsRequest request) {
		DirectoryGroup group;
		try {
			group = this.groups.resolve(client, request.groupId(), request.groupName());
		}
		catch (GroupNotFoundException ex) {
			throw rejected(ex.getMessage());
		}
		if (request.groupId() != null && request.groupName() != null
				&& !request.groupName().equalsIgnoreCase(Objects.toString(group.name(), ""))) {
			throw rejected("Group '" + request.groupId() + "' is named '" + group.name() + "', not '"
					+ request.groupName() + "'; send the one that is right");
		}
		return group;
	}

	private void checkDivision(GenesysClient client, DirectoryGroup group, String departmentId) {
		List<GroupMember> members = this.groups.members(client, group.id(), MEMBER_PAGE_SIZE);
		Map<String, Long> divisions = members.stream()
			.collect(Collectors.groupingBy(
					(user) -> (user.divisionId() != null) ? user.divisionId().toLowerCase(Locale.ROOT) : "(none)",
					TreeMap::new, Collectors.counting()));
		divisions.remove(departmentId.toLowerCase(Locale.ROOT));
		if (!divisions.isEmpty()) {
			throw rejected("departmentId '" + departmentId
					+ "' is matched against the division of every member of group '" + group.name() + "' (" + group.id()
					+ "); members in other divisions (division: count): " + divisions);
		}
	}

	private static RuntimeException translated(GenesysException ex, String clientId) {
		return switch (ex.kind()) {
			case TRANSIENT, RATE_LIMITED -> new SettingsCheckException(Reason.GENESYS_UNAVAILABLE,
					"Genesys could not be reached to check the settings; nothing was saved: " + ex.getMessage());
			case UNAUTHORIZED -> rejected("Genesys rejected the login of OAuth client '" + clientId
					+ "': check clientId, clientSecret and region (" + ex.getMessage() + ")");
			case FORBIDDEN ->
				rejected("OAuth client '" + clientId + "' lacks a permission the import needs: " + ex.getMessage());
			default -> rejected("Genesys refused the check of the settings: " + ex.getMessage());
		};
	}

	private static SettingsCheckException rejected(String message) {
		return new SettingsCheckException(Reason.REJECTED, message);
	}

	@Override
	public void close() {
		this.checkClients.close();
	}

}
