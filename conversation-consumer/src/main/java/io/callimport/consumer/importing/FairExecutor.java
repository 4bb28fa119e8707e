package io.callimport.consumer.importing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * A fixed pool of threads that serves its tasks fairly across keys (tenants), urgent ones
 * first: start-time fair queuing. Each task gets a tag one past the later of its key's
 * last tag and the tag now being served, so a key that queued a thousand tasks gets one
 * turn in each round, like every other key with work, instead of the next thousand.
 */
final class FairExecutor implements AutoCloseable {

	private final ThreadPoolExecutor pool;

	private final Map<String, Long> lastTags = new HashMap<>();

	private long served;

	private long sequence;

	FairExecutor(int threads, String threadNamePrefix) {
		this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
				new PriorityBlockingQueue<>(64, Comparator.comparing((Runnable task) -> (Ticket) task, Ticket.ORDER)),
				new CustomizableThreadFactory(threadNamePrefix));
		// every task goes through the queue, so none jumps the order
		this.pool.prestartAllCoreThreads();
	}

	/**
	 * @param key whose turn it is (the tenant)
	 * @param urgent served before every task that is not (live calls before background
	 * ones)
	 */
	void execute(String key, boolean urgent, Runnable task) {
		Ticket ticket;
		synchronized (this) {
			long tag = Math.max(this.served, this.lastTags.getOrDefault(key, 0L)) + 1;
			this.lastTags.put(key, tag);
			ticket = new Ticket(urgent ? 0 : 1, tag, ++this.sequence, task);
		}
		this.pool.execute(ticket);
	}

	/** Tasks queued and not started. */
	int queued() {
		return this.pool.getQueue().size();
	}

	private synchronized void serving(long tag) {
		this.served = Math.max(this.served, tag);
	}

	@Override
	public void close() {
		this.pool.shutdownNow();
	}

	private final class Ticket implements Runnable {

		static final Comparator<Ticket> ORDER = Comparator.comparingInt((Ticket ticket) -> ticket.rank)
			.thenComparingLong((ticket) -> ticket.tag)
			.thenComparingLong((ticket) -> ticket.sequence);

		private final int rank;

		private final long tag;

		private final long sequence;

		private final Runnable task;

		Ticket(int rank, long tag, long sequence, Runnable task) {
			this.rank = rank;
			this.tag = tag;
			this.sequence = sequence;
			this.task = task;
		}

		@Override
		public void run() {
			serving(this.tag);
			this.task.run();
		}

	}

}
