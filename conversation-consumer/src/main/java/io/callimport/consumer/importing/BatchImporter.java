package io.callimport.consumer.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.stereotype.Component;

import io.callimport.consumer.metrics.ImportMetrics;
import io.callimport.consumer.metrics.ImportOutcomeTag;
import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.GenesysProperties;
import io.callimport.model.messaging.ImportLane;

/**
 * Imports a batch of one tenant's ended conversations (DESIGN flow step 5, for many calls
 * at once): the calls accepted in one round trip, their details in one request, their
 * recordings found by one batch job (or each one's list, for a few calls), then every
 * recording streamed into the bucket on the transfer threads, and each call stored and
 * queued for analysis as soon as its own recordings are in. Every call keeps its own
 * fate: a call that is not ready, or fails, is retried or dead-lettered alone, and each
 * delivery is acknowledged only once its own call is settled.
 */
@Component
public class BatchImporter {

	private static final Logger log = LoggerFactory.getLogger(BatchImporter.class);

	private static final Duration UNKNOWN_BUDGET_WAIT = Duration.ofSeconds(1);

	private final TenantClients tenants;

	private final CallStore calls;

	private final ConversationDetailsReader details;

	private final RecordingSources recordings;

	private final CallMetadataMapper mapper;

	private final CallTransfers transfers;

	private final CallFinisher finisher;

	private final CallFailures failures;

	private final ImportMetrics metrics;

	private final Clock clock;

	private final int budgetCapacity;

	BatchImporter(TenantClients tenants, CallStore calls, ConversationDetailsReader details,
			RecordingSources recordings, CallMetadataMapper mapper, CallTransfers transfers, CallFinisher finisher,
			CallFailures failures, ImportMetrics metrics, GenesysProperties genesys, Clock clock) {
		this.tenants = tenants;
		this.calls = calls;
		this.details = details;
		this.recordings = recordings;
		this.mapper = mapper;
		this.transfers = transfers;
		this.finisher = finisher;
		this.failures = failures;
		this.metrics = metrics;
		this.clock = clock;
		this.budgetCapacity = genesys.budget().burst();
	}

	/**
	 * Runs the Genesys part of a batch of one tenant and lane (at most 100 calls, each
	 * conversation once) on the calling thread; the recordings then stream on the
	 * transfer threads.
	 * @return completes when the batch no longer talks to Genesys, whatever became of its
	 * calls; it never fails
	 */
	public CompletableFuture<Void> importBatch(String tenantId, ImportLane lane, List<PendingImport> batch) {
		try (MDC.MDCCloseable tenant = MDC.putCloseable(CallFailures.MDC_TENANT, tenantId)) {
			GenesysClient genesys = client(tenantId, lane);
			List<PendingImport> wanted = accept(batch);
			if (wanted.isEmpty()) {
				return CompletableFuture.completedFuture(null);
			}
			Instant now = this.clock.instant();
			Map<String, ConversationDetails> found = this.details.read(genesys, wanted, now, this.failures::fail);
			List<CallWork> ready = new ArrayList<>();
			for (PendingImport call : wanted) {
				ConversationDetails conversation = found.get(call.conversationId());
				if (conversation != null) {
					work(call, conversation, ready);
				}
			}
			if (ready.isEmpty()) {
				return CompletableFuture.completedFuture(null);
			}
			this.metrics.batch(tenantId, ready.size(), this.recordings.usesJob(ready.size()));
			return this.recordings
				.plan(genesys, ready, (call, plan) -> this.transfers.start(genesys, call, plan),
						(call, error) -> this.failures.fail(call.pending(), error))
				.exceptionally((error) -> {
					log.error("A batch of {} calls ended unexpectedly; its calls are retried", ready.size(), error);
					return null;
				});
		}
		catch (RuntimeException ex) {
			// the tenant's client or the database failed: every call of the batch shares
			// it
			batch.stream().filter((call) -> !call.settled().isDone()).forEach((call) -> this.failures.fail(call, ex));
			return CompletableFuture.completedFuture(null);
		}
	}

	/**
	 * The Genesys requests a batch of this many calls costs: the details, then each
	 * call's recordings list, or a recording batch job (submitted, then polled about
	 * once).
	 */
	public int requestsFor(int calls) {
		return this.recordings.usesJob(calls) ? 3 : 1 + calls;
	}

	/** The most permits the tenant's budget can hold: what a full budget has at hand. */
	public int budgetCapacity() {
		return this.budgetCapacity;
	}

	/**
	 * How long until the tenant's budget in the lane holds {@code permits} (capped at its
	 * capacity); zero when it does now, or when no client of the tenant exists yet.
	 * Consumes nothing.
	 */
	public Duration budgetWait(String tenantId, ImportLane lane, int permits) {
		GenesysClient client = this.tenants.cached(tenantId);
		if (client == null) {
			return Duration.ZERO;
		}
		GenesysClient laned = (lane == ImportLane.BACKGROUND) ? client.background() : client;
		try {
			return laned.budgetAvailableIn(Math.min(permits, this.budgetCapacity));
		}
		catch (RuntimeException ex) {
			// the shared budget cannot be read (database down): look again shortly
			return UNKNOWN_BUDGET_WAIT;
		}
	}

	private GenesysClient client(String tenantId, ImportLane lane) {
		GenesysClient client = this.tenants.clientFor(tenantId);
		return (lane == ImportLane.BACKGROUND) ? client.background() : client;
	}

	/**
	 * The calls that need work; the others are settled here (already imported) or queued
	 * at once (stored by an earlier attempt).
	 */
	private List<PendingImport> accept(List<PendingImport> batch) {
		Map<UUID, CallState> states = this.calls.accept(batch.stream().map(PendingImport::message).toList());
		List<PendingImport> wanted = new ArrayList<>();
		for (PendingImport call : batch) {
			CallState state = states.get(CallStore.callId(call.message()));
			if (state != null && !state.wantsImportFrom(call.message().source())) {
				this.finisher.settle(call, ImportOutcomeTag.DUPLICATE);
			}
			else if (state != null && state.awaitsQueueing()) {
				this.finisher.queueStored(call);
			}
			else {
				wanted.add(call);
			}
		}
		return wanted;
	}

	private void work(PendingImport call, ConversationDetails conversation, List<CallWork> ready) {
		try {
			ready.add(new CallWork(call, conversation, this.mapper.map(call.message(), conversation)));
		}
		catch (RuntimeException ex) {
			this.failures.fail(call, ex);
		}
	}

}
