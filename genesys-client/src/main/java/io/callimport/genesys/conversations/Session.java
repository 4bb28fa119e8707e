package io.callimport.genesys.conversations;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A session of a participant.
 *
 * @param ani {@code ani}
 * @param dnis {@code dnis}
 * @param direction {@code direction} as Genesys writes it
 * @param recording {@code recording}: whether it was recorded, when analytics says
 * @param acwSkipped {@code acwSkipped}: the agent skipped after-call work
 * @param segments {@code segments}
 */
public record Session(@Nullable String ani, @Nullable String dnis, @Nullable String direction,
		@Nullable Boolean recording, @Nullable Boolean acwSkipped, List<Segment> segments) {

	public Session {
		segments = List.copyOf(segments);
	}

}
