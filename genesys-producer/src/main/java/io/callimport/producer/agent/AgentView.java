package io.callimport.producer.agent;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An agent of the tenant: a member (or former member) of its Genesys group.
 */
public record AgentView(String userId, @Nullable String name, @Nullable String email, @Nullable String department,
		@Nullable String divisionId, @Nullable String state, boolean active, Instant firstSyncedAt,
		Instant lastSyncedAt, @Nullable Instant deactivatedAt) {
}
