package io.callimport.producer.failure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.producer.failure.ReplayResult.Replayed;
import io.callimport.producer.failure.ReplayResult.Skipped;
import io.callimport.producer.publishing.ConversationIds;
import io.callimport.producer.publishing.ConversationOutbox;

/**
 * Replays dead-lettered imports: for each OPEN failure a new {@code ConversationEnded}
 * with source MANUAL goes to the outbox and the failure becomes REPLAYED, in one
 * transaction. The conversation id (and agent and end, when known) come from the original
 * message. A failure whose conversation id is not a UUID (parked as
 * {@code INVALID_CONVERSATION_ID}) is skipped: no replay could import it.
 */
@Service
class FailureReplayer {

	/** Failures replayed by one request at most. */
	static final int MAX_PER_REQUEST = 1000;

	private static final Logger log = LoggerFactory.getLogger(FailureReplayer.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ImportFailureRepository failures;

	private final ConversationOutbox outbox;

	private final Clock clock;

	FailureReplayer(ImportFailureRepository failures, ConversationOutbox outbox, Clock clock) {
		this.failures = failures;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional
	ReplayResult replay(String tenantId, @Nullable List<UUID> ids) {
		List<ImportFailure> rows = lock(tenantId, ids);
		List<Replayed> replayed = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (ImportFailure row : rows) {
			seen.add(row.id());
			if (row.status() != FailureStatus.OPEN) {
				skipped.add(new Skipped(row.id(), "the failure is " + row.status() + ", not OPEN"));
				continue;
			}
			ConversationEnded message = message(tenantId, row);
			if (message == null) {
				skipped.add(new Skipped(row.id(), "the failure names no conversation"));
				continue;
			}
			if (!ConversationIds.isValid(message.conversationId())) {
				skipped.add(new Skipped(row.id(), "the conversation id is not a Genesys conversation id (a UUID)"));
				continue;
			}
			this.outbox.enqueueAgain(message);
			row.replayed(this.clock.instant());
			replayed.add(new Replayed(row.id(), message.conversationId(), message.messageId()));
			log.info("Replaying failure {} of conversation {} as message {}", row.id(), message.conversationId(),
					message.messageId());
		}
		if (ids != null) {
			ids.stream()
				.filter((id) -> !seen.contains(id))
				.distinct()
				.forEach((id) -> skipped.add(new Skipped(id, "not found")));
		}
		return new ReplayResult(replayed, skipped, openCount(tenantId));
	}

	private List<ImportFailure> lock(String tenantId, @Nullable List<UUID> ids) {
		if (ids != null) {
			return this.failures.findByTenantIdAndIdInOrderByFailedAtAscIdAsc(tenantId, ids);
		}
		// "every open one" leaves out malformed ids (parked), which no replay can import
		// and which would otherwise take the places of replayable ones
		return this.failures.lockOpenMatching(tenantId, ConversationIds.SQL_PATTERN, MAX_PER_REQUEST);
	}

	private @Nullable ConversationEnded message(String tenantId, ImportFailure row) {
		JsonNode original = parse(row.payload());
		String conversationId = (row.conversationId() != null) ? row.conversationId()
				: text(original, "conversationId");
		if (conversationId == null) {
			return null;
		}
		String endedAt = text(original, "endedAt");
		Instant ended = null;
		try {
			ended = (endedAt != null) ? Instant.parse(endedAt) : null;
		}
		catch (java.time.format.DateTimeParseException ex) {
			// the end is optional; the consumer reads it from analytics
		}
		return ConversationEnded.of(tenantId, conversationId, text(original, "agentUserId"), ended,
				this.clock.instant(), CallSource.MANUAL);
	}

	private long openCount(String tenantId) {
		return this.failures.countByTenantIdAndStatus(tenantId, FailureStatus.OPEN);
	}

	private static @Nullable JsonNode parse(@Nullable String payload) {
		try {
			return (payload != null) ? JSON.readTree(payload) : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static @Nullable String text(@Nullable JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value != null && value.isString() && !value.asString().isBlank()) ? value.asString() : null;
	}

}
