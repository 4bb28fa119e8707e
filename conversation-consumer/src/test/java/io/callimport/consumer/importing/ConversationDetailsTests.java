package io.callimport.consumer.importing;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.callimport.genesys.conversations.Participant;
import io.callimport.genesys.conversations.Segment;
import io.callimport.genesys.conversations.Session;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationDetailsTests {

	@Test
	void agentInAfterCallWorkIsAwaitedUntilTheWrapUpSegmentEnds() {
		assertThat(details(agent(false, segment(Segment.INTERACT, true))).awaitsWrapUp()).isTrue();
		assertThat(
				details(agent(false, segment(Segment.INTERACT, true), segment(Segment.WRAPUP, false))).awaitsWrapUp())
			.isTrue();
		assertThat(details(agent(false, segment(Segment.INTERACT, true), segment(Segment.WRAPUP, true))).awaitsWrapUp())
			.isFalse();
	}

	@Test
	void agentWhoSkippedAfterCallWorkOrNeverAnsweredIsNotAwaited() {
		assertThat(details(agent(true, segment(Segment.INTERACT, true))).awaitsWrapUp()).isFalse();
		assertThat(details(agent(false, segment(Segment.ALERT, true))).awaitsWrapUp()).isFalse();
	}

	@Test
	void nothingIsKnownUnrecordedUnlessEverySessionSaysSo() {
		assertThat(Details.inbound("c1", false, "a1").knownUnrecorded()).isTrue();
		assertThat(Details.inbound("c1", null, "a1").knownUnrecorded()).isFalse();
		assertThat(Details.inbound("c1", true, "a1").knownUnrecorded()).isFalse();
		assertThat(Details.of("c1", "inbound", List.of()).knownUnrecorded()).as("no session at all").isFalse();
	}

	private static ConversationDetails details(Participant agent) {
		return Details.of("c1", "inbound", List.of(agent));
	}

	private static Participant agent(boolean acwSkipped, Segment... segments) {
		return new Participant("a1", Participant.AGENT,
				List.of(new Session(null, null, "inbound", null, acwSkipped, List.of(segments))));
	}

	private static Segment segment(String type, boolean ended) {
		return new Segment(type, null, null, null, Details.START, ended ? Details.END : null);
	}

}
