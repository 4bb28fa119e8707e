package io.callimport.simulator.controlserver;

import java.util.List;

import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.traffic.TrafficGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import io.callimport.simulator.control.GroupScenario;
import io.callimport.simulator.control.OAuthClientCredentials;
import io.callimport.simulator.control.OrganizationScenario;
import io.callimport.simulator.control.TrafficScenario;

/**
 * With {@code SIMULATOR_DEMO_ENABLED=true}: loads the demo organisation and starts its
 * traffic once the server is up.
 */
@Component
class DemoOrganizationLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganizationLoader.class);

	private final DemoProperties demo;

	private final OrganizationRegistry organizations;

	private final TrafficGenerator traffic;

	DemoOrganizationLoader(DemoProperties demo, OrganizationRegistry organizations, TrafficGenerator traffic) {
		this.demo = demo;
		this.organizations = organizations;
		this.traffic = traffic;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		if (!this.demo.enabled()) {
			return;
		}
		TrafficScenario traffic = TrafficScenario.defaults()
			.withCallsPerMinute(this.demo.callsPerMinute())
			.withCallDuration(this.demo.minCallDuration(), this.demo.maxCallDuration());
		OrganizationScenario scenario = new OrganizationScenario(this.demo.organizationName(),
				List.of(new OAuthClientCredentials(this.demo.clientId(), this.demo.clientSecret())),
				GroupScenario.of(this.demo.groupName(), this.demo.agents()), this.demo.usersOutsideGroup(), 2,
				this.demo.seed(), null, null, null, null, null, null, null, null, null, traffic);
		SimulatedOrganization org = this.organizations.put(this.demo.organizationId(), scenario);
		this.traffic.start(org);
		log.info("Demo organization {} ({}) loaded: group '{}' with {} agents, client {}, {} calls/min", org.id(),
				org.name(), this.demo.groupName(), this.demo.agents(), this.demo.clientId(),
				this.demo.callsPerMinute());
	}

}
