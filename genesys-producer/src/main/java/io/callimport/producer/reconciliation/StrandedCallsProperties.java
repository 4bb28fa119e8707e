package io.callimport.producer.reconciliation;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What reconciliation does with calls that are neither imported nor missing
 * ({@code reconciliation.stranded.*}).
 *
 * @param requeueAfter a conversation published longer ago than this (or last published
 * again) whose call still has no final status is published again: its message was lost or
 * is stuck ({@code RECONCILIATION_STRANDED_REQUEUEAFTER}); longer than the consumer's
 * whole retry schedule (about 3¾ h with its defaults) plus the details wait
 * @param horizon how far back the nightly run looks for stranded and failed calls,
 * whatever its window ({@code RECONCILIATION_STRANDED_HORIZON})
 * @param nightlyRetries how often the nightly run replays a FAILED call by itself, at
 * most, over the call's life ({@code RECONCILIATION_STRANDED_NIGHTLYRETRIES}; 0: never)
 * @param retryableReasons the reason codes a nightly replay is for: failures that may
 * pass by themselves; any other reason (rejected credentials, missing permission, data
 * Genesys or PostgreSQL rejects) needs an operator and is never replayed by itself
 * ({@code RECONCILIATION_STRANDED_RETRYABLEREASONS}, comma-separated)
 */
@Validated
@ConfigurationProperties("reconciliation.stranded")
public record StrandedCallsProperties(@DefaultValue("6h") @DurationMin(minutes = 1) Duration requeueAfter,
		@DefaultValue("7d") @DurationMin(hours = 1) Duration horizon,
		@DefaultValue("3") @Min(0) @Max(100) int nightlyRetries, @DefaultValue( {
				"GENESYS_UNAVAILABLE", "GENESYS_RATE_LIMITED", "MEDIA_DOWNLOAD_FAILED", "OBJECT_STORE_UNAVAILABLE",
				"DATABASE_UNAVAILABLE", "BROKER_UNAVAILABLE", "DETAILS_NOT_READY", "RECORDINGS_NOT_READY",
				"CONVERSATION_NOT_FOUND", "RECORDING_UNAVAILABLE", "BROKER_DEAD_LETTERED",
				"UNEXPECTED_ERROR" }) List<String> retryableReasons){

}
