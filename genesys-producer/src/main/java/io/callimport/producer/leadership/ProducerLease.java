package io.callimport.producer.leadership;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * Which replica holds the tenant's notification socket ({@code producer_leases}). Every
 * write compares and sets times in database time, so {@link LeaseRepository} writes it
 * with SQL; the entity maps (and validates) the table and reads it.
 */
@Entity
@Table(name = "producer_leases")
class ProducerLease {

	@Id
	private String tenantId;

	private String holderId;

	private Instant acquiredAt;

	private Instant renewedAt;

	private Instant expiresAt;

	private @Nullable Instant lastLiveAt;

	ProducerLease(String tenantId, String holderId, Instant acquiredAt, Instant expiresAt) {
		this.tenantId = tenantId;
		this.holderId = holderId;
		this.acquiredAt = acquiredAt;
		this.renewedAt = acquiredAt;
		this.expiresAt = expiresAt;
	}

	protected ProducerLease() {
	}

	String holderId() {
		return this.holderId;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	@Nullable Instant lastLiveAt() {
		return this.lastLiveAt;
	}

}
