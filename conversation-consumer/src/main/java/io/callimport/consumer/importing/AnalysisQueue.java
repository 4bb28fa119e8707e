package io.callimport.consumer.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.stereotype.Component;

import io.callimport.consumer.failure.ImportFailureRepository;
import io.callimport.model.messaging.ConfirmedPublisher;
import io.callimport.consumer.metrics.ImportMetrics;
import io.callimport.consumer.metrics.ImportOutcomeTag;
import io.callimport.consumer.recording.MinioProperties;
import io.callimport.model.message.CallReadyForAnalysis;
import io.callimport.model.message.CallStatus;
import io.callimport.model.messaging.MessagingTopology;

/**
 * Queues a stored call for analysis, once. Under the call's row lock: skip it if another
 * consumer queued it already, else publish {@code CallReadyForAnalysis} and wait for the
 * confirm, then set its final status. A crash after the confirm and before the commit
 * leads to one more publish of the same message id, which the analysis side drops.
 */
@Component
class AnalysisQueue {

	private final CallStore calls;

	private final ImportFailureRepository failures;

	private final ConfirmedPublisher publisher;

	private final JacksonJsonMessageConverter converter;

	private final ImportMetrics metrics;

	private final String bucket;

	private final Clock clock;

	AnalysisQueue(CallStore calls, ImportFailureRepository failures, ConfirmedPublisher publisher,
			JacksonJsonMessageConverter converter, ImportMetrics metrics, MinioProperties minio, Clock clock) {
		this.calls = calls;
		this.failures = failures;
		this.publisher = publisher;
		this.converter = converter;
		this.metrics = metrics;
		this.bucket = minio.bucket();
		this.clock = clock;
	}

	@ImportTransaction
	public ImportOutcomeTag queue(UUID callId) {
		Optional<StoredCall> stored = this.calls.lockAwaitingQueueing(callId);
		if (stored.isEmpty()) {
			return ImportOutcomeTag.DUPLICATE;
		}
		StoredCall call = stored.get();
		Instant now = this.clock.instant();
		CallReadyForAnalysis message = call.toMessage(this.bucket, now);
		this.publisher.publish(MessagingTopology.ANALYSIS_EXCHANGE, MessagingTopology.CALL_READY_ROUTING_KEY,
				amqp(message));
		CallStatus status = call.finalStatus();
		this.calls.markQueued(callId, status, call.statusReason());
		this.failures.resolve(call.tenantId(), call.conversationId());
		if (call.endedAt() != null) {
			this.metrics.latency(call.tenantId(), Duration.between(call.endedAt(), now));
		}
		return ImportOutcomeTag
			.valueOf((status == CallStatus.QUEUED_FOR_ANALYSIS) ? ImportOutcomeTag.QUEUED.name() : status.name());
	}

	private Message amqp(CallReadyForAnalysis message) {
		MessageProperties properties = new MessageProperties();
		properties.setMessageId(message.messageId().toString());
		properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
		properties.setHeader("x-callimport-tenant", message.tenantId());
		return this.converter.toMessage(message, properties);
	}

}
