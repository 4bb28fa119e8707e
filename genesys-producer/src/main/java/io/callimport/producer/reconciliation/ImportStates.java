package io.callimport.producer.reconciliation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where conversations stand on this side: imported (a final call row), on their way (a
 * PENDING call row, or published and not yet seen by the consumer), or missing.
 */
@Repository
class ImportStates {

	enum State {

		IMPORTED, IN_FLIGHT, MISSING

	}

	private final JdbcClient jdbc;

	ImportStates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, State> of(String tenantId, List<String> conversationIds) {
		Map<String, State> states = new HashMap<>();
		conversationIds.forEach((id) -> states.put(id, State.MISSING));
		if (conversationIds.isEmpty()) {
			return states;
		}
		String[] ids = conversationIds.toArray(String[]::new);
		this.jdbc.sql("""
				SELECT conversation_id FROM published_conversations
				WHERE tenant_id = :tenantId AND conversation_id = ANY(:ids)
				UNION
				SELECT conversation_id FROM outbox_messages
				WHERE tenant_id = :tenantId AND conversation_id = ANY(:ids) AND published_at IS NULL
				""").param("tenantId", tenantId).param("ids", ids).query(String.class).list().forEach((id) -> {
			states.put(id, State.IN_FLIGHT);
		});
		this.jdbc.sql(
				"SELECT conversation_id, status FROM calls WHERE tenant_id = :tenantId AND conversation_id = ANY(:ids)")
			.param("tenantId", tenantId)
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getString("conversation_id"), rs.getString("status")))
			.list()
			.forEach((call) -> states.put(call.getKey(),
					"PENDING".equals(call.getValue()) ? State.IN_FLIGHT : State.IMPORTED));
		return states;
	}

	/** Messages of the tenant the broker has not confirmed yet. */
	long unpublished(String tenantId) {
		return this.jdbc
			.sql("SELECT count(*) FROM outbox_messages WHERE tenant_id = :tenantId AND published_at IS NULL")
			.param("tenantId", tenantId)
			.query(Long.class)
			.single();
	}

	/** The agents whose calls a window concerns: active, or deactivated inside it. */
	List<String> agentsSince(String tenantId, java.time.Instant from) {
		return this.jdbc.sql("""
				SELECT user_id FROM agents
				WHERE tenant_id = :tenantId AND (active OR deactivated_at >= :from)
				""")
			.param("tenantId", tenantId)
			.param("from", java.sql.Timestamp.from(from))
			.query(String.class)
			.list();
	}

}
