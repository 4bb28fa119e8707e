package io.callimport.simulator.organization;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An OAuth client created through the API. {@link #toString()} masks the secret.
 *
 * @param id the client id
 * @param name its name
 * @param description its description
 * @param secret its secret
 * @param grantType {@code CLIENT-CREDENTIALS}
 * @param roleIds the roles it acts with
 * @param accessTokenValiditySeconds token lifetime
 * @param createdByUserId the user who created it
 * @param dateCreated when
 * @param dateModified last change
 */
public record SimulatedOAuthClient(String id, String name, String description, String secret, String grantType,
		List<String> roleIds, long accessTokenValiditySeconds, @Nullable String createdByUserId, Instant dateCreated,
		Instant dateModified) {

	public SimulatedOAuthClient {
		roleIds = List.copyOf(roleIds);
	}

	SimulatedOAuthClient withSecret(String newSecret, Instant now) {
		return new SimulatedOAuthClient(this.id, this.name, this.description, newSecret, this.grantType, this.roleIds,
				this.accessTokenValiditySeconds, this.createdByUserId, this.dateCreated, now);
	}

	SimulatedOAuthClient withRoles(List<String> roles, Instant now) {
		return new SimulatedOAuthClient(this.id, this.name, this.description, this.secret, this.grantType, roles,
				this.accessTokenValiditySeconds, this.createdByUserId, this.dateCreated, now);
	}

	@Override
	public String toString() {
		return "SimulatedOAuthClient[id=" + this.id + ", name=" + this.name + ", secret=******, roleIds=" + this.roleIds
				+ "]";
	}

}
