package io.callimport.bench.producer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

import io.callimport.bench.BenchTenant;
import io.callimport.simulator.control.ChannelView;
import io.callimport.simulator.control.SimulatorControl;

/**
 * What the simulator's channel views say about a tenant's notification channels: which
 * agents' call topics are subscribed on channels with an open socket.
 */
final class SubscribedAgents {

	private final SimulatorControl simulator;

	private final BenchTenant tenant;

	SubscribedAgents(SimulatorControl simulator, BenchTenant tenant) {
		this.simulator = simulator;
		this.tenant = tenant;
	}

	/** Agents whose call topic is on a channel with a live socket. */
	int watched() {
		return watched(this.simulator.channels(this.tenant.orgId()));
	}

	int watched(List<ChannelView> channels) {
		Set<String> topics = new HashSet<>();
		channels.stream().filter(ChannelView::connected).forEach((channel) -> topics.addAll(channel.topics()));
		return (int) this.tenant.agents()
			.stream()
			.filter((agent) -> topics.contains("v2.users." + agent + ".conversations.calls"))
			.count();
	}

	/**
	 * Polls every 100 ms until every agent is watched.
	 * @return when it saw it, or null when the timeout passed first
	 */
	Instant awaitAll(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (watched() == this.tenant.agents().size()) {
				return Instant.now();
			}
			LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
		}
		throw new IllegalStateException("Only " + watched() + " of " + this.tenant.agents().size()
				+ " agents were subscribed on live sockets after " + timeout);
	}

}
