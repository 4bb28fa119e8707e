package io.callimport.consumer.importing;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A row of {@code agents}, which the producer's agent sync writes; the importer only asks
 * which users are agents.
 */
@Entity
@Table(name = "agents")
@IdClass(Agent.Key.class)
class Agent {

	@Id
	private String tenantId;

	@Id
	private String userId;

	private boolean active;

	protected Agent() {
	}

	/** The primary key. */
	record Key(String tenantId, String userId) implements Serializable {
	}

}
