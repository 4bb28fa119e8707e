package io.callimport.producer.agent;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A member (or former member) of the tenant's Genesys group ({@code agents}). Rows are
 * written by {@link AgentRepository#upsert} (concurrent syncs must not collide);
 * deactivation goes through the entity.
 */
@Entity
@Table(name = "agents")
class Agent {

	@EmbeddedId
	private Key id;

	private @Nullable String name;

	private @Nullable String email;

	private @Nullable String department;

	private @Nullable String divisionId;

	@Column(name = "user_state")
	private @Nullable String state;

	private boolean active;

	private Instant firstSyncedAt;

	private Instant lastSyncedAt;

	private @Nullable Instant deactivatedAt;

	Agent(String tenantId, String userId, Instant syncedAt) {
		this.id = new Key(tenantId, userId);
		this.active = true;
		this.firstSyncedAt = syncedAt;
		this.lastSyncedAt = syncedAt;
	}

	protected Agent() {
	}

	String userId() {
		return this.id.userId();
	}

	boolean isActive() {
		return this.active;
	}

	/** No longer in the group: kept, inactive, so history keeps its agent. */
	void deactivate(Instant at) {
		this.active = false;
		this.deactivatedAt = at;
	}

	AgentView view() {
		return new AgentView(this.id.userId(), this.name, this.email, this.department, this.divisionId, this.state,
				this.active, this.firstSyncedAt, this.lastSyncedAt, this.deactivatedAt);
	}

	/** The natural key: the user within the tenant. */
	@Embeddable
	record Key(String tenantId, String userId) implements Serializable {
	}

}
