package io.callimport.consumer.scheduling;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.callimport.consumer.importing.PendingImport;
import io.callimport.model.messaging.ImportLane;

/**
 * One tenant's deliveries waiting in this consumer, per lane, and what of the tenant is
 * under way. Not thread-safe: the scheduler guards it.
 */
final class TenantBacklog {

	private final String tenantId;

	private final Map<ImportLane, Deque<PendingImport>> waiting = new EnumMap<>(ImportLane.class);

	private final Map<ImportLane, Integer> running = new EnumMap<>(ImportLane.class);

	private final Set<String> inFlight = new HashSet<>();

	private final Map<ImportLane, Long> notBeforeNanos = new EnumMap<>(ImportLane.class);

	TenantBacklog(String tenantId) {
		this.tenantId = tenantId;
		for (ImportLane lane : ImportLane.values()) {
			this.waiting.put(lane, new ArrayDeque<>());
			this.running.put(lane, 0);
		}
	}

	String tenantId() {
		return this.tenantId;
	}

	void add(PendingImport call) {
		this.waiting.get(call.lane()).addLast(call);
	}

	int waiting(ImportLane lane) {
		return this.waiting.get(lane).size();
	}

	/**
	 * Calls that could start now: waiting, and their conversation not under way (a
	 * repeated message waits for the first one, then finds it imported).
	 */
	int startable(ImportLane lane, int atMost) {
		int count = 0;
		Set<String> seen = new HashSet<>();
		for (PendingImport call : this.waiting.get(lane)) {
			if (!this.inFlight.contains(call.conversationId()) && seen.add(call.conversationId())) {
				count++;
				if (count == atMost) {
					break;
				}
			}
		}
		return count;
	}

	/** When the oldest waiting call arrived ({@link System#nanoTime()}), if any waits. */
	long oldestNanos(ImportLane lane, long otherwise) {
		PendingImport oldest = this.waiting.get(lane).peekFirst();
		return (oldest != null) ? oldest.receivedNanos() : otherwise;
	}

	/** Takes up to {@code atMost} startable calls, one per conversation, oldest first. */
	List<PendingImport> take(ImportLane lane, int atMost) {
		List<PendingImport> batch = new ArrayList<>();
		Iterator<PendingImport> calls = this.waiting.get(lane).iterator();
		while (calls.hasNext() && batch.size() < atMost) {
			PendingImport call = calls.next();
			if (this.inFlight.add(call.conversationId())) {
				calls.remove();
				batch.add(call);
			}
		}
		if (!batch.isEmpty()) {
			this.running.merge(lane, 1, Integer::sum);
		}
		return batch;
	}

	/** Calls that waited since before {@code cutoffNanos}; removed. */
	List<PendingImport> takeOverdue(long cutoffNanos) {
		List<PendingImport> overdue = new ArrayList<>();
		for (Deque<PendingImport> calls : this.waiting.values()) {
			calls.removeIf((call) -> {
				boolean late = call.receivedNanos() - cutoffNanos < 0;
				if (late) {
					overdue.add(call);
				}
				return late;
			});
		}
		return overdue;
	}

	int running(ImportLane lane) {
		return this.running.get(lane);
	}

	/** A batch of the lane no longer talks to Genesys. */
	void batchDone(ImportLane lane) {
		this.running.merge(lane, -1, Integer::sum);
	}

	/** A call is settled; a later message for its conversation may start. */
	void settled(String conversationId) {
		this.inFlight.remove(conversationId);
	}

	/** Not to be tried before this moment ({@link System#nanoTime()}). */
	void holdUntil(ImportLane lane, long nanos) {
		this.notBeforeNanos.put(lane, nanos);
	}

	boolean held(ImportLane lane, long nowNanos) {
		Long until = this.notBeforeNanos.get(lane);
		return until != null && nowNanos - until < 0;
	}

	boolean idle() {
		return this.inFlight.isEmpty() && this.waiting.values().stream().allMatch(Deque::isEmpty)
				&& this.running.values().stream().allMatch((count) -> count == 0);
	}

}
