package io.callimport.producer.reconciliation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import io.callimport.producer.agent.AgentRepository;
import io.callimport.producer.publishing.ConversationOutbox;

/**
 * Where conversations stand on this side: imported (a final call row), on their way (a
 * PENDING call row, or published and not yet seen by the consumer), or missing.
 */
@Repository
class ImportStates {

	enum State {

		IMPORTED, IN_FLIGHT, MISSING

	}

	private final EntityManager entityManager;

	private final ConversationOutbox outbox;

	private final AgentRepository agents;

	ImportStates(EntityManager entityManager, ConversationOutbox outbox, AgentRepository agents) {
		this.entityManager = entityManager;
		this.outbox = outbox;
		this.agents = agents;
	}

	@Transactional(readOnly = true)
	Map<String, State> of(String tenantId, List<String> conversationIds) {
		Map<String, State> states = new HashMap<>();
		conversationIds.forEach((id) -> states.put(id, State.MISSING));
		if (conversationIds.isEmpty()) {
			return states;
		}
		// native: a window's thousands of ids go as one array parameter (= ANY), not as
		// an IN
		// list of as many parameters, against three features' tables
		String[] ids = conversationIds.toArray(String[]::new);
		List<?> inFlight = this.entityManager.createNativeQuery("""
				SELECT conversation_id FROM published_conversations
				WHERE tenant_id = :tenantId AND conversation_id = ANY(:ids)
				UNION
				SELECT conversation_id FROM outbox_messages
				WHERE tenant_id = :tenantId AND conversation_id = ANY(:ids) AND published_at IS NULL
				""", String.class).setParameter("tenantId", tenantId).setParameter("ids", ids).getResultList();
		inFlight.forEach((id) -> states.put((String) id, State.IN_FLIGHT));
		List<?> calls = this.entityManager.createNativeQuery(
				"SELECT conversation_id, status FROM calls WHERE tenant_id = :tenantId AND conversation_id = ANY(:ids)")
			.setParameter("tenantId", tenantId)
			.setParameter("ids", ids)
			.getResultList();
		for (Object row : calls) {
			Object[] call = (Object[]) row;
			states.put((String) call[0], "PENDING".equals(call[1]) ? State.IN_FLIGHT : State.IMPORTED);
		}
		return states;
	}

	/** Messages of the tenant the broker has not confirmed yet. */
	long unpublished(String tenantId) {
		return this.outbox.unpublished(tenantId);
	}

	/** The agents whose calls a window concerns: active, or deactivated inside it. */
	List<String> agentsSince(String tenantId, Instant from) {
		return this.agents.findIdsActiveOrDeactivatedSince(tenantId, from);
	}

}
