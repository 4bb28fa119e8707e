package io.callimport.producer.runs;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

import org.quartz.spi.InstanceIdGenerator;

/**
 * Quartz's instance id for the clustered job store: the replica's {@code pid@hostname}, a
 * start time and a sequence. Quartz's own generator resolves the host name through DNS
 * and, where that fails (a root filesystem without {@code /etc/hosts}, a host name the
 * resolver does not know), stops the producer from starting; the JVM's
 * {@code pid@hostname} asks the kernel for the name and cannot fail that way.
 */
public class ReplicaInstanceIdGenerator implements InstanceIdGenerator {

	private static final AtomicLong sequence = new AtomicLong();

	@Override
	public String generateInstanceId() {
		return ManagementFactory.getRuntimeMXBean().getName() + "-" + System.currentTimeMillis() + "-"
				+ sequence.incrementAndGet();
	}

}
