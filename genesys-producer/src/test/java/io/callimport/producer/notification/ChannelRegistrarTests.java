package io.callimport.producer.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.callimport.producer.OfflineGenesys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Channel creation and subscriptions in batches, against fake notification channels.
 */
class ChannelRegistrarTests {

	private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

	private final FakeNotificationChannels channels = new FakeNotificationChannels();

	private final ChannelRegistrar registrar = new ChannelRegistrar(this.channels);

	@Test
	void subscribesEveryAgentsCallTopicInBatchesTheFirstReplacingTheList() {
		this.channels.rejected.add(ChannelRegistrar.topic("u2"));

		ChannelConnection connection = this.registrar.open(context(2), Set.of("u5", "u4", "u3", "u2", "u1"));

		assertThat(this.channels.requests).containsExactly("create channel-1", "replace 2", "add 2", "add 1");
		assertThat(this.channels.subscriptions.get("channel-1")).containsExactly("v2.users.u1.conversations.calls",
				"v2.users.u2.conversations.calls", "v2.users.u3.conversations.calls", "v2.users.u4.conversations.calls",
				"v2.users.u5.conversations.calls");
		assertThat(connection.address().connectUri()).isEqualTo("wss://streaming.example/channel-1");
		assertThat(connection.address().expires()).as("a day when Genesys names no expiry")
			.isEqualTo(NOW.plus(Duration.ofHours(24)));
	}

	@Test
	void keepsTheExpiryGenesysNames() {
		this.channels.expires = NOW.plus(Duration.ofHours(2));

		ChannelConnection connection = this.registrar.open(context(500), Set.of("u1"));

		assertThat(connection.address().expires()).isEqualTo(NOW.plus(Duration.ofHours(2)));
		assertThat(this.channels.requests).containsExactly("create channel-1", "replace 1");
	}

	@Test
	void resubscribingReplacesTheTopicsAndAReleaseFailureIsNoError() {
		ChannelConnection connection = this.registrar.open(context(500), Set.of("u1", "u2"));
		this.registrar.subscribe(context(500), connection.channelId(), Set.of("u3"));
		this.channels.failReleases = true;

		assertThat(this.channels.subscriptions.get("channel-1")).containsExactly("v2.users.u3.conversations.calls");
		assertThat(this.registrar.exists(OfflineGenesys.client(), "channel-1")).isTrue();
		assertThat(this.registrar.exists(OfflineGenesys.client(), "channel-9")).isFalse();
		assertThat(this.registrar.channelsOfCurrentToken(OfflineGenesys.client())).containsExactly("channel-1");
		assertThatNoException().isThrownBy(() -> this.registrar.release(OfflineGenesys.client(), "channel-1"));
	}

	private SessionContext context(int subscribeBatchSize) {
		NotificationProperties properties = new NotificationProperties(1000, subscribeBatchSize, Duration.ofSeconds(30),
				Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(1),
				Duration.ofSeconds(15), Duration.ofSeconds(1), new NotificationProperties.Reconnect(
						Duration.ofSeconds(1), 2.0, Duration.ofSeconds(60), Duration.ofMillis(500)));
		return new SessionContext(OfflineGenesys.client(), this.registrar, null, null, properties, () -> {
		}, Clock.fixed(NOW, ZoneOffset.UTC));
	}

}
