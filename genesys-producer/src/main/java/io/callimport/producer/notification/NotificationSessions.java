package io.callimport.producer.notification;

import java.time.Clock;

import org.springframework.stereotype.Component;

import io.callimport.genesys.GenesysClient;

/**
 * Creates notification sessions wired to the call-end detection and the metrics.
 */
@Component
public class NotificationSessions {

	private final ChannelRegistrar registrar;

	private final NotificationFrames frames;

	private final SocketMetrics metrics;

	private final NotificationProperties properties;

	private final Clock clock;

	NotificationSessions(ChannelRegistrar registrar, NotificationFrames frames, SocketMetrics metrics,
			NotificationProperties properties, Clock clock) {
		this.registrar = registrar;
		this.frames = frames;
		this.metrics = metrics;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A session on this client; {@code wake} is run (on a socket thread) whenever a
	 * socket opens, closes or announces its close.
	 */
	public NotificationSession open(GenesysClient client, Runnable wake) {
		return new NotificationSession(new SessionContext(client, this.registrar, this.frames, this.metrics,
				this.properties, wake, this.clock));
	}

	public NotificationProperties properties() {
		return this.properties;
	}

}
