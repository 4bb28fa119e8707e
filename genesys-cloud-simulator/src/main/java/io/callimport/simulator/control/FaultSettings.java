package io.callimport.simulator.control;

import java.time.Duration;
import java.util.List;

/**
 * Faults injected at run time, globally or for one organisation.
 *
 * @param errorRate share of API requests (after auth and rate limit) answered with a
 * server error
 * @param errorStatuses the statuses drawn from (default 500, 502, 503, 504)
 * @param latency delay added to every API request
 * @param eventDropRate share of websocket events silently dropped (recorded in ground
 * truth)
 * @param mediaErrorRate share of media downloads answered with 503
 * @param hostileMedia hostile media URIs or downloads served instead of the real ones
 * @param hostileMediaBytes the size (or excess) {@link HostileMedia#OVERSIZED} and
 * {@link HostileMedia#LONGER_THAN_LISTED} serve
 */
public record FaultSettings(Double errorRate, List<Integer> errorStatuses, Duration latency, Double eventDropRate,
		Double mediaErrorRate, HostileMedia hostileMedia, Long hostileMediaBytes) {

	public FaultSettings(Double errorRate, List<Integer> errorStatuses, Duration latency, Double eventDropRate,
			Double mediaErrorRate) {
		this(errorRate, errorStatuses, latency, eventDropRate, mediaErrorRate, null, null);
	}

	public FaultSettings {
		errorRate = Scenarios.share(errorRate, 0, "errorRate");
		errorStatuses = (errorStatuses != null && !errorStatuses.isEmpty()) ? List.copyOf(errorStatuses)
				: List.of(500, 502, 503, 504);
		if (errorStatuses.stream().anyMatch((status) -> status < 500 || status > 599)) {
			throw new IllegalArgumentException("errorStatuses must be 5xx");
		}
		latency = Scenarios.notNegative(latency, Duration.ZERO, "latency");
		eventDropRate = Scenarios.share(eventDropRate, 0, "eventDropRate");
		mediaErrorRate = Scenarios.share(mediaErrorRate, 0, "mediaErrorRate");
		hostileMedia = (hostileMedia != null) ? hostileMedia : HostileMedia.NONE;
		hostileMediaBytes = (hostileMediaBytes != null) ? hostileMediaBytes : 0L;
		if (hostileMediaBytes < 0) {
			throw new IllegalArgumentException("hostileMediaBytes must not be negative");
		}
	}

	public static FaultSettings none() {
		return new FaultSettings(null, null, null, null, null);
	}

	public FaultSettings withErrorRate(double rate) {
		return new FaultSettings(rate, this.errorStatuses, this.latency, this.eventDropRate, this.mediaErrorRate,
				this.hostileMedia, this.hostileMediaBytes);
	}

	public FaultSettings withErrorStatuses(List<Integer> statuses) {
		return new FaultSettings(this.errorRate, statuses, this.latency, this.eventDropRate, this.mediaErrorRate,
				this.hostileMedia, this.hostileMediaBytes);
	}

	public FaultSettings withLatency(Duration latency) {
		return new FaultSettings(this.errorRate, this.errorStatuses, latency, this.eventDropRate, this.mediaErrorRate,
				this.hostileMedia, this.hostileMediaBytes);
	}

	public FaultSettings withEventDropRate(double rate) {
		return new FaultSettings(this.errorRate, this.errorStatuses, this.latency, rate, this.mediaErrorRate,
				this.hostileMedia, this.hostileMediaBytes);
	}

	public FaultSettings withMediaErrorRate(double rate) {
		return new FaultSettings(this.errorRate, this.errorStatuses, this.latency, this.eventDropRate, rate,
				this.hostileMedia, this.hostileMediaBytes);
	}

	public FaultSettings withHostileMedia(HostileMedia media, long bytes) {
		return new FaultSettings(this.errorRate, this.errorStatuses, this.latency, this.eventDropRate,
				this.mediaErrorRate, media, bytes);
	}

}
