package io.callimport.consumer.importing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mypurecloud.sdk.v2.model.Recording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.callimport.consumer.config.ConsumerProperties;
import io.callimport.consumer.failure.Attempt;
import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.metrics.ImportOutcomeTag;
import io.callimport.genesys.GenesysClient;
import io.callimport.model.message.CallIds;
import io.callimport.model.message.ConversationEnded;

/**
 * Imports one ended conversation (DESIGN flow step 5): details, recordings into the
 * object store, one transaction for the call and its recordings, then the analysis
 * message. Idempotent: a call already completed is not touched again, and every write
 * repeats harmlessly.
 */
@Component
public class ConversationImporter {

	private static final Logger log = LoggerFactory.getLogger(ConversationImporter.class);

	private final TenantClients tenants;

	private final CallStore calls;

	private final ConversationDetailsReader details;

	private final RecordingLister lister;

	private final RecordingStorage storage;

	private final CallMetadataMapper mapper;

	private final AnalysisQueue analysis;

	private final ConsumerProperties.Retry budget;

	private final Clock clock;

	ConversationImporter(TenantClients tenants, CallStore calls, ConversationDetailsReader details,
			RecordingLister lister, RecordingStorage storage, CallMetadataMapper mapper, AnalysisQueue analysis,
			ConsumerProperties properties, Clock clock) {
		this.tenants = tenants;
		this.calls = calls;
		this.details = details;
		this.lister = lister;
		this.storage = storage;
		this.mapper = mapper;
		this.analysis = analysis;
		this.budget = properties.retry();
		this.clock = clock;
	}

	/**
	 * @throws ImportFailureException or any other exception for the failure handler
	 */
	public ImportOutcomeTag importConversation(ConversationEnded message, Attempt attempt) {
		GenesysClient genesys = this.tenants.clientFor(message.tenantId());
		CallState state = this.calls.accept(message);
		if (!state.wantsImportFrom(message.source())) {
			log.info("Conversation already imported ({}); nothing to do", state.status());
			return ImportOutcomeTag.DUPLICATE;
		}
		if (state.awaitsQueueing()) {
			log.info("Conversation stored by an earlier attempt; queueing it for analysis");
			return this.analysis.queue(CallIds.of(message.tenantId(), message.conversationId()));
		}
		Instant now = this.clock.instant();
		ConversationDetails conversation = this.details.read(genesys, message.conversationId(), attempt, now);
		List<Recording> listed = this.lister.list(genesys, message.conversationId());
		RecordingPlan plan = RecordingPlan.of(listed, conversation, now, this.budget.recordingWait());
		CallMetadata metadata = this.mapper.map(message, conversation);
		List<RecordingRow> rows = new ArrayList<>(this.storage.store(genesys, metadata, plan));
		if (!this.calls.saveImported(metadata, rows, message.source())) {
			log.info("Conversation was completed by another consumer meanwhile");
			return ImportOutcomeTag.DUPLICATE;
		}
		return this.analysis.queue(metadata.callId());
	}

}
