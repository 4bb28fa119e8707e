package io.callimport.consumer.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.MDC;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import io.callimport.consumer.config.ConsumerProperties;
import io.callimport.consumer.importing.RecordingPlan.Download;
import io.callimport.genesys.GenesysClient;
import io.callimport.model.messaging.ImportLane;

/**
 * Streams the recordings of planned calls into the bucket on a bounded pool of threads
 * ({@code CONSUMER_CONCURRENCY}), served fairly across tenants and live calls first. Each
 * call is finished by whichever thread stores its last recording; a recording that fails
 * fails its call alone.
 */
@Component
class CallTransfers implements DisposableBean {

	private final RecordingStorage storage;

	private final CallFinisher finisher;

	private final CallFailures failures;

	private final FairExecutor executor;

	CallTransfers(RecordingStorage storage, CallFinisher finisher, CallFailures failures,
			ConsumerProperties properties) {
		this.storage = storage;
		this.finisher = finisher;
		this.failures = failures;
		this.executor = new FairExecutor(properties.concurrency(), "import-media-");
	}

	/** Stores the plan's recordings, then finishes the call. */
	void start(GenesysClient genesys, CallWork call, RecordingPlan plan) {
		List<RecordingRow> unavailable = this.storage.unavailable(plan);
		if (plan.downloads().isEmpty()) {
			this.executor.execute(call.pending().tenantId(), isLive(call),
					() -> this.finisher.finish(call, unavailable, List.of()));
			return;
		}
		Transfer transfer = new Transfer(call, plan.downloads().size(), unavailable,
				KeptRecordings.of(call.pending(), call.metadata()));
		for (Download download : plan.downloads()) {
			this.executor.execute(call.pending().tenantId(), isLive(call), () -> store(genesys, transfer, download));
		}
	}

	private void store(GenesysClient genesys, Transfer transfer, Download download) {
		if (transfer.failed.get()) {
			return;
		}
		StagedRecording staged;
		try (MDC.MDCCloseable tenant = MDC.putCloseable(CallFailures.MDC_TENANT, transfer.call.pending().tenantId());
				MDC.MDCCloseable conversation = MDC.putCloseable(CallFailures.MDC_CONVERSATION,
						transfer.call.conversationId())) {
			staged = transfer.kept.find(download.recordingId())
				.flatMap((earlier) -> this.storage.reuse(transfer.call.metadata(), download, earlier))
				.orElseGet(() -> this.storage.store(genesys, transfer.call.metadata(), download));
		}
		catch (RuntimeException ex) {
			if (transfer.failed.compareAndSet(false, true)) {
				this.failures.fail(transfer.call.pending(), ex);
			}
			discardStaged(transfer);
			return;
		}
		transfer.rows.add(staged.row());
		transfer.staged.add(staged);
		if (transfer.failed.get()) {
			discardStaged(transfer);
		}
		else if (transfer.remaining.decrementAndGet() == 0) {
			this.finisher.finish(transfer.call, new ArrayList<>(transfer.rows), List.copyOf(transfer.staged));
		}
	}

	/** A failed call's recordings already staged will not be promoted. */
	private void discardStaged(Transfer transfer) {
		List<StagedRecording> left;
		synchronized (transfer.staged) {
			left = List.copyOf(transfer.staged);
			transfer.staged.clear();
		}
		left.forEach((recording) -> this.finisher.discard(recording));
	}

	private static boolean isLive(CallWork call) {
		return call.pending().lane() == ImportLane.LIVE;
	}

	@Override
	public void destroy() {
		this.executor.close();
	}

	/** One call's downloads under way. */
	private static final class Transfer {

		final CallWork call;

		final AtomicInteger remaining;

		final AtomicBoolean failed = new AtomicBoolean();

		final List<RecordingRow> rows;

		final List<StagedRecording> staged = Collections.synchronizedList(new ArrayList<>());

		final KeptRecordings kept;

		Transfer(CallWork call, int downloads, List<RecordingRow> unavailable, KeptRecordings kept) {
			this.call = call;
			this.kept = kept;
			this.remaining = new AtomicInteger(downloads);
			this.rows = Collections.synchronizedList(new ArrayList<>(unavailable));
		}

	}

}
