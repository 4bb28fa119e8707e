package io.callimport.consumer.recording;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sweep of what an interrupted upload leaves in the bucket: staged objects never
 * promoted and incomplete multipart uploads.
 *
 * @param staleAfter age from which they are removed ({@code MINIO_CLEANUP_STALE_AFTER});
 * longer than the longest upload, since a multipart upload in progress is as old as its
 * start
 * @param interval how often each consumer sweeps ({@code MINIO_CLEANUP_INTERVAL})
 */
@Validated
@ConfigurationProperties("minio.cleanup")
public record CleanupProperties(@DefaultValue("24h") Duration staleAfter, @DefaultValue("1h") Duration interval) {

	@AssertTrue(message = "stale-after and interval must be positive")
	public boolean isPositive() {
		return this.staleAfter == null || this.interval == null
				|| (this.staleAfter.compareTo(Duration.ZERO) > 0 && this.interval.compareTo(Duration.ZERO) > 0);
	}

}
