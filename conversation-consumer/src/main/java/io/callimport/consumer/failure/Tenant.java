package io.callimport.consumer.failure;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of {@code tenants}: the failures list knows a tenant (and counts its failures,
 * none included) by it.
 */
@Entity
@Table(name = "tenants")
class Tenant {

	@Id
	private String id;

	private Instant createdAt;

	protected Tenant() {
	}

}
