package io.callimport.producer.publishing;

import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.callimport.model.message.ConversationEnded;

/**
 * Parks a conversation that cannot be published (a malformed id, a row the database
 * rejects) where an operator sees it: an OPEN {@code import_failures} row, listed by the
 * admin API's failures with its reason code, never published and never blocking the
 * messages behind it. The id is stored printable (control characters escaped). Counted as
 * {@code callimport.calls.published{outcome=parked}} and logged.
 */
@Repository
public class ParkedConversations {

	/** The conversation id is not a Genesys conversation id (a UUID). */
	public static final String INVALID_CONVERSATION_ID = "INVALID_CONVERSATION_ID";

	/** PostgreSQL refused the message's rows for their content (not for an outage). */
	public static final String REJECTED_BY_DATABASE = "REJECTED_BY_DATABASE";

	private static final Logger log = LoggerFactory.getLogger(ParkedConversations.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final EntityManager entityManager;

	private final PublishingMetrics metrics;

	private final TransactionTemplate transactions;

	ParkedConversations(EntityManager entityManager, PublishingMetrics metrics,
			PlatformTransactionManager transactionManager) {
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactionManager);
		this.metrics = metrics;
	}

	/**
	 * Records the message as an OPEN failure unless its conversation has one already.
	 * @param reason what went wrong, for the operator (no secrets, no payload)
	 */
	public void park(ConversationEnded message, String reasonCode, String reason) {
		String shown = ConversationIds.printable(message.conversationId());
		try {
			this.transactions.executeWithoutResult((status) -> insert(message, shown, reasonCode, reason));
		}
		catch (CannotCreateTransactionException ex) {
			// an unreachable database stays a DataAccessException, which the callers
			// classify
			throw new DataAccessResourceFailureException(String.valueOf(ex.getMessage()), ex);
		}
		this.metrics.published(message.source().name(), "parked");
		log.warn("Conversation '{}' ({}) parked as an import failure, {}: {}", shown, message.source(), reasonCode,
				reason);
	}

	private void insert(ConversationEnded message, String shown, String reasonCode, String reason) {
		// native: ON CONFLICT on the partial unique index of OPEN failures (one a
		// conversation);
		// import_failures is the failure feature's entity, and that feature depends on
		// this one
		this.entityManager.createNativeQuery("""
				INSERT INTO import_failures (id, tenant_id, conversation_id, message_id, reason_code, reason, payload,
				    attempts, status)
				VALUES (:id, :tenantId, :conversationId, :messageId, :reasonCode, :reason, :payload, 0, 'OPEN')
				ON CONFLICT (tenant_id, conversation_id) WHERE status = 'OPEN' DO NOTHING
				""")
			.setParameter("id", UUID.randomUUID())
			.setParameter("tenantId", message.tenantId())
			.setParameter("conversationId", shown)
			.setParameter("messageId", message.messageId())
			.setParameter("reasonCode", reasonCode)
			.setParameter("reason", ConversationIds.printable(reason, 1000))
			.setParameter("payload", JSON.writeValueAsString(message))
			.executeUpdate();
	}

}
