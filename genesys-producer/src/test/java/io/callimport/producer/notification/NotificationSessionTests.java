package io.callimport.producer.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationSessionTests {

	@Test
	void spreadsTopicsOverAsFewChannelsAsTheLimitAllows() {
		NotificationSession session = session(3);

		session.assign(Set.of("u1", "u2", "u3", "u4", "u5", "u6", "u7"));

		assertThat(session.assignments()).containsExactly(Set.of("u1", "u2", "u3"), Set.of("u4", "u5", "u6"),
				Set.of("u7"));
	}

	@Test
	void agentsStayOnTheirChannelAndJoinersFillFreePlacesFirst() {
		NotificationSession session = session(3);
		session.assign(Set.of("u1", "u2", "u3", "u4", "u5", "u6", "u7"));

		session.assign(Set.of("u1", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "u10"));

		assertThat(session.assignments()).containsExactly(Set.of("u1", "u3", "u10"), Set.of("u4", "u5", "u6"),
				Set.of("u7", "u8", "u9"));
	}

	@Test
	void aChannelWithoutTopicsIsDroppedButOneChannelStays() {
		NotificationSession session = session(2);
		session.assign(Set.of("u1", "u2", "u3"));

		session.assign(Set.of("u1", "u2"));
		List<Set<String>> afterLeavers = session.assignments();
		session.assign(Set.of());

		assertThat(afterLeavers).containsExactly(Set.of("u1", "u2"));
		assertThat(session.assignments()).containsExactly(Set.of());
	}

	@Test
	void aChannelIsRenewedAtMostHalfItsLifetimeBeforeItExpires() {
		Instant created = Instant.parse("2026-11-24T00:00:00Z");
		ChannelAddress day = new ChannelAddress("c", "ws://x", created, created.plus(Duration.ofHours(24)));
		ChannelAddress minute = new ChannelAddress("c", "ws://x", created, created.plus(Duration.ofMinutes(1)));

		assertThat(day.renewAt(Duration.ofHours(1))).isEqualTo(created.plus(Duration.ofHours(23)));
		assertThat(minute.renewAt(Duration.ofHours(1))).isEqualTo(created.plus(Duration.ofSeconds(30)));
	}

	private static NotificationSession session(int topicsPerChannel) {
		return new NotificationSession(context(topicsPerChannel));
	}

	private static SessionContext context(int topicsPerChannel) {
		NotificationProperties properties = new NotificationProperties(topicsPerChannel, 2, Duration.ofSeconds(30),
				Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(1),
				Duration.ofSeconds(15), Duration.ofSeconds(1), new NotificationProperties.Reconnect(
						Duration.ofSeconds(1), 2.0, Duration.ofSeconds(60), Duration.ofMillis(500)));
		return new SessionContext(null, null, null, null, properties, () -> {
		}, Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC));
	}

}
