package io.callimport.simulator.controlserver;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The demo organisation loaded at start-up for the local run ({@code SIMULATOR_DEMO_*}).
 *
 * @param enabled {@code SIMULATOR_DEMO_ENABLED}: load it and start its traffic
 * @param organizationId {@code SIMULATOR_DEMO_ORGANIZATION_ID}
 * @param organizationName {@code SIMULATOR_DEMO_ORGANIZATION_NAME}
 * @param clientId {@code SIMULATOR_DEMO_CLIENT_ID}
 * @param clientSecret {@code SIMULATOR_DEMO_CLIENT_SECRET}
 * @param groupName {@code SIMULATOR_DEMO_GROUP_NAME}
 * @param agents {@code SIMULATOR_DEMO_AGENTS}: group members
 * @param usersOutsideGroup {@code SIMULATOR_DEMO_USERS_OUTSIDE_GROUP}
 * @param callsPerMinute {@code SIMULATOR_DEMO_CALLS_PER_MINUTE}
 * @param minCallDuration {@code SIMULATOR_DEMO_MIN_CALL_DURATION}
 * @param maxCallDuration {@code SIMULATOR_DEMO_MAX_CALL_DURATION}
 * @param seed {@code SIMULATOR_DEMO_SEED}
 */
@Validated
@ConfigurationProperties("simulator.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled,
		@DefaultValue("9f2b7c1e-5d4a-4c3b-8e6f-0a1b2c3d4e5f") @NotBlank String organizationId,
		@DefaultValue("Demo Contact Center") @NotBlank String organizationName,
		@DefaultValue("demo-client") @NotBlank String clientId,
		@DefaultValue("demo-secret") @NotBlank String clientSecret,
		@DefaultValue("Speech Analytics") @NotBlank String groupName, @DefaultValue("10") @Min(0) int agents,
		@DefaultValue("5") @Min(0) int usersOutsideGroup, @DefaultValue("6") @Positive double callsPerMinute,
		@DefaultValue("5s") Duration minCallDuration, @DefaultValue("20s") Duration maxCallDuration,
		@DefaultValue("42") long seed) {

	@Override
	public String toString() {
		return "DemoProperties[enabled=" + this.enabled + ", organizationId=" + this.organizationId + ", clientId="
				+ this.clientId + ", clientSecret=****]";
	}

}
