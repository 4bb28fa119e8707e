package io.callimport.producer;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.amqp.core.QueueInformation;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

import io.callimport.testsupport.TestBroker;

/**
 * Samples the ready messages of a queue every 20 ms and keeps the largest number seen.
 */
public final class QueueDepthSampler implements AutoCloseable {

	private final CachingConnectionFactory connections;

	private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor();

	private final AtomicLong max = new AtomicLong();

	private final AtomicLong samples = new AtomicLong();

	public QueueDepthSampler(TestBroker broker, String queue) {
		this.connections = new CachingConnectionFactory(broker.host(), broker.port());
		this.connections.setVirtualHost(broker.virtualHost());
		this.connections.setUsername(broker.username());
		this.connections.setPassword(broker.password());
		RabbitAdmin admin = new RabbitAdmin(this.connections);
		this.thread.scheduleWithFixedDelay(() -> {
			try {
				QueueInformation info = admin.getQueueInfo(queue);
				if (info != null) {
					this.max.accumulateAndGet(info.getMessageCount(), Math::max);
					this.samples.incrementAndGet();
				}
			}
			catch (RuntimeException ex) {
				// the broker is busy or away: sample again next time
			}
		}, 0, 20, TimeUnit.MILLISECONDS);
	}

	public long max() {
		return this.max.get();
	}

	public long samples() {
		return this.samples.get();
	}

	@Override
	public void close() {
		this.thread.shutdownNow();
		this.connections.destroy();
	}

}
