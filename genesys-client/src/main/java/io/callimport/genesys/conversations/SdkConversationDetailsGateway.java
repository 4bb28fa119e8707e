package io.callimport.genesys.conversations;

import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.time.Instant;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mypurecloud.sdk.v2.ApiResponse;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationSegment;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributesMultiGetResponse;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipantWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsSession;
import org.jspecify.annotations.Nullable;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailure;
import io.callimport.genesys.failure.GenesysFailureKind;

/**
 * The {@link ConversationDetailsGateway} on the SDK's {@code AnalyticsApi}. The JSON of a
 * conversation is Genesys' own text (from the raw body, one element of the array for a
 * multi-id answer), or the SDK's model written back with the SDK's mapper when the text
 * is not at hand.
 */
public class SdkConversationDetailsGateway implements ConversationDetailsGateway {

	@Override
	public Optional<Conversation> conversation(GenesysClient client, String conversationId) {
		ApiResponse<AnalyticsConversationWithoutAttributes> response;
		try {
			response = client
				.callWithHttpInfo(() -> client.analytics().getAnalyticsConversationDetailsWithHttpInfo(conversationId));
		}
		catch (GenesysException ex) {
			if (ex.kind() == GenesysFailureKind.NOT_FOUND) {
				return Optional.empty();
			}
			throw ex;
		}
		AnalyticsConversationWithoutAttributes model = response.getBody();
		if (model == null) {
			return Optional.empty();
		}
		ObjectMapper mapper = client.apiClient().getObjectMapper();
		JsonNode raw = parse(mapper, response.hasRawBody() ? response.getRawBody() : null);
		String json = (raw != null && raw.isObject()) ? response.getRawBody() : write(mapper, model);
		return Optional.of(conversation(model, json));
	}

	@Override
	public ConversationsFound conversations(GenesysClient client, List<String> conversationIds) {
		if (conversationIds.isEmpty() || conversationIds.size() > MAX_IDS) {
			throw new IllegalArgumentException("A details request takes 1 to " + MAX_IDS + " ids");
		}
		ApiResponse<AnalyticsConversationWithoutAttributesMultiGetResponse> response;
		try {
			response = client.callWithHttpInfo(
					() -> client.analytics().getAnalyticsConversationsDetailsWithHttpInfo(conversationIds));
		}
		catch (GenesysException ex) {
			if (ex.kind() == GenesysFailureKind.NOT_FOUND) {
				return new ConversationsFound(Map.of(), Set.copyOf(conversationIds));
			}
			throw ex;
		}
		ObjectMapper mapper = client.apiClient().getObjectMapper();
		Map<String, String> raw = rawDocuments(parse(mapper, response.hasRawBody() ? response.getRawBody() : null));
		List<AnalyticsConversationWithoutAttributes> models = (response.getBody() != null)
				? response.getBody().getConversations() : null;
		Map<String, Conversation> found = new HashMap<>();
		if (models != null) {
			for (AnalyticsConversationWithoutAttributes model : models) {
				if (model != null && model.getConversationId() != null) {
					String json = raw.get(model.getConversationId());
					found.put(model.getConversationId(),
							conversation(model, (json != null) ? json : write(mapper, model)));
				}
			}
		}
		Set<String> notFound = new HashSet<>(conversationIds);
		notFound.removeAll(found.keySet());
		return new ConversationsFound(found, notFound);
	}

	/** Each conversation's document as Genesys sent it, by id. */
	private static Map<String, String> rawDocuments(@Nullable JsonNode root) {
		Map<String, String> documents = new HashMap<>();
		if (root != null && root.path("conversations").isArray()) {
			for (JsonNode conversation : root.path("conversations")) {
				if (conversation.isObject() && conversation.path("conversationId").isTextual()) {
					documents.put(conversation.path("conversationId").asText(), conversation.toString());
				}
			}
		}
		return documents;
	}

	private static @Nullable JsonNode parse(ObjectMapper mapper, @Nullable String raw) {
		if (raw == null) {
			return null;
		}
		try {
			return mapper.readTree(raw);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static String write(ObjectMapper mapper, AnalyticsConversationWithoutAttributes model) {
		try {
			return mapper.writeValueAsString(model);
		}
		catch (JacksonException ex) {
			throw new GenesysException(GenesysFailure.classify(ex));
		}
	}

	static Conversation conversation(AnalyticsConversationWithoutAttributes model, String json) {
		return new Conversation(model.getConversationId(), instant(model.getConversationStart()),
				instant(model.getConversationEnd()), text(model.getOriginatingDirection()),
				nonNull(model.getDivisionIds()),
				nonNull(model.getParticipants()).stream().map(SdkConversationDetailsGateway::participant).toList(),
				json);
	}

	private static Participant participant(AnalyticsParticipantWithoutAttributes model) {
		return new Participant(model.getUserId(), text(model.getPurpose()),
				nonNull(model.getSessions()).stream().map(SdkConversationDetailsGateway::session).toList());
	}

	private static Session session(AnalyticsSession model) {
		return new Session(model.getAni(), model.getDnis(), text(model.getDirection()), model.getRecording(),
				model.getAcwSkipped(),
				nonNull(model.getSegments()).stream().map(SdkConversationDetailsGateway::segment).toList());
	}

	private static Segment segment(AnalyticsConversationSegment model) {
		return new Segment(text(model.getSegmentType()), model.getQueueId(), model.getWrapUpCode(),
				text(model.getDisconnectType()), instant(model.getSegmentStart()), instant(model.getSegmentEnd()));
	}

	/** An SDK enum as Genesys writes it (its {@code toString}). */
	private static @Nullable String text(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static @Nullable Instant instant(@Nullable Date date) {
		return (date != null) ? date.toInstant() : null;
	}

	private static <T> List<T> nonNull(@Nullable List<T> values) {
		return (values != null) ? values.stream().filter(Objects::nonNull).toList() : List.of();
	}

}
