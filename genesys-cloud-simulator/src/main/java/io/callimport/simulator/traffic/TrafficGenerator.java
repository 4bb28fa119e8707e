package io.callimport.simulator.traffic;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.TrafficScenario;
import io.callimport.simulator.conversation.CallService;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.OrganizationRemoved;
import io.callimport.simulator.organization.SimulatedOrganization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Random traffic per organisation: Poisson arrivals at {@code callsPerMinute}, each
 * bringing {@code burst} calls drawn from the scenario.
 */
@Service
public class TrafficGenerator {

	private static final Logger log = LoggerFactory.getLogger(TrafficGenerator.class);

	private final Map<String, ScheduledFuture<?>> running = new ConcurrentHashMap<>();

	private final OrganizationRegistry organizations;

	private final CallService calls;

	private final ScheduledExecutorService scheduler;

	TrafficGenerator(OrganizationRegistry organizations, CallService calls, ScheduledExecutorService scheduler) {
		this.organizations = organizations;
		this.calls = calls;
		this.scheduler = scheduler;
	}

	public synchronized void start(SimulatedOrganization org) {
		if (!this.running.containsKey(org.id())) {
			scheduleNext(org);
			log.info("Traffic started in {} at {} calls/min", org.id(), org.scenario().traffic().callsPerMinute());
		}
	}

	public synchronized void stop(String organizationId) {
		ScheduledFuture<?> next = this.running.remove(organizationId);
		if (next != null) {
			next.cancel(false);
			log.info("Traffic stopped in {}", organizationId);
		}
	}

	public boolean isRunning(String organizationId) {
		return this.running.containsKey(organizationId);
	}

	private void scheduleNext(SimulatedOrganization org) {
		TrafficScenario traffic = org.scenario().traffic();
		double minutes = -Math.log(1 - org.ids().nextDouble()) / traffic.callsPerMinute();
		long delayMs = Math.max(1, Math.round(minutes * 60_000));
		this.running.put(org.id(), this.scheduler.schedule(() -> arrive(org), delayMs, TimeUnit.MILLISECONDS));
	}

	private void arrive(SimulatedOrganization org) {
		synchronized (this) {
			if (!this.running.containsKey(org.id()) || this.organizations.find(org.id()).orElse(null) != org) {
				return;
			}
			scheduleNext(org);
		}
		for (int n = 0; n < org.scenario().traffic().burst(); n++) {
			CallRequest call = RandomCalls.draw(org);
			if (call != null) {
				try {
					this.calls.start(org, call);
				}
				catch (RuntimeException ex) {
					log.warn("A random call in {} failed to start", org.id(), ex);
				}
			}
		}
	}

	@EventListener
	void on(OrganizationRemoved removed) {
		stop(removed.organizationId());
	}

}
