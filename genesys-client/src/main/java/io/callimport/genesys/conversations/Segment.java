package io.callimport.genesys.conversations;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A segment of a session.
 *
 * @param segmentType {@code segmentType} as Genesys writes it, e.g. {@link #INTERACT}
 * @param queueId {@code queueId}
 * @param wrapUpCode {@code wrapUpCode}
 * @param disconnectType {@code disconnectType} as Genesys writes it
 * @param start {@code segmentStart}
 * @param end {@code segmentEnd}; null while it goes on
 */
public record Segment(@Nullable String segmentType, @Nullable String queueId, @Nullable String wrapUpCode,
		@Nullable String disconnectType, @Nullable Instant start, @Nullable Instant end) {

	public static final String INTERACT = "interact";

	public static final String WRAPUP = "wrapup";

	public static final String ALERT = "alert";

}
