package io.callimport.producer.agent;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the group members are synchronised ({@code agent-sync.*}).
 *
 * @param interval between two syncs; a member who joins or leaves is picked up within it
 * @param retryInterval after a failed sync (Genesys unreachable, group gone)
 * @param pageSize members per page
 */
@Validated
@ConfigurationProperties("agent-sync")
public record AgentSyncProperties(@DefaultValue("5m") @DurationMin(seconds = 1) Duration interval,
		@DefaultValue("30s") @DurationMin(seconds = 1) Duration retryInterval,
		@DefaultValue("100") @Min(1) @Max(500) int pageSize) {
}
