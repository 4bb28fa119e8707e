package io.callimport.genesys.conversations;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A participant of an analytics conversation.
 *
 * @param userId {@code userId}, for users
 * @param purpose {@code purpose} as Genesys writes it, e.g. {@link #AGENT}
 * @param sessions {@code sessions}
 */
public record Participant(@Nullable String userId, @Nullable String purpose, List<Session> sessions) {

	public static final String AGENT = "agent";

	public static final String CUSTOMER = "customer";

	public static final String EXTERNAL = "external";

	public static final String ACD = "acd";

	public Participant {
		sessions = List.copyOf(sessions);
	}

}
