package io.callimport.consumer.failure;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code import_failures}. The consumer writes them with the native upsert of
 * {@link ImportFailureRows#upsertOpen} (one OPEN failure per conversation); the
 * producer's admin API replays and dismisses them.
 */
@Entity
@Table(name = "import_failures")
class ImportFailure {

	@Id
	private UUID id;

	private String tenantId;

	private @Nullable String conversationId;

	private @Nullable UUID messageId;

	@Enumerated(EnumType.STRING)
	private ReasonCode reasonCode;

	private String reason;

	private int attempts;

	@Enumerated(EnumType.STRING)
	private FailureStatus status;

	private Instant failedAt;

	protected ImportFailure() {
	}

}
