package io.callimport.consumer.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.Message;

import io.callimport.consumer.config.ConsumerProperties;
import io.callimport.consumer.failure.Attempt;
import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;
import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.conversations.Conversation;
import io.callimport.genesys.conversations.ConversationDetailsGateway;
import io.callimport.genesys.conversations.ConversationsFound;
import io.callimport.genesys.conversations.Participant;
import io.callimport.genesys.conversations.Segment;
import io.callimport.genesys.conversations.Session;
import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the details of a batch's conversations let through, against a hand-written
 * gateway: one id asks the single-conversation endpoint, more the multi-id one; unknown,
 * unended and wrapping-up calls wait, each alone.
 */
class ConversationDetailsReaderTests {

	private static final Duration DETAILS_WAIT = Duration.ofHours(2);

	private final FakeGateway gateway = new FakeGateway();

	private final ConversationDetailsReader reader = new ConversationDetailsReader(this.gateway,
			new ConsumerProperties(
					8, 200, Duration.ofSeconds(10), new ConsumerProperties.Retry(30, Duration.ofSeconds(1), 2.0,
							Duration.ofMinutes(10), DETAILS_WAIT, Duration.ofMinutes(30), Duration.ofMinutes(2)),
					null, Duration.ofSeconds(30)));

	private final Map<String, ReasonCode> notReady = new HashMap<>();

	private final Instant now = Details.END.plusSeconds(10);

	@Test
	void oneCallAsksTheSingleConversationEndpoint() {
		this.gateway.add(ended("c1"));

		Map<String, ConversationDetails> ready = read(List.of(call("c1", this.now)));

		assertThat(ready.get("c1").json()).contains("c1");
		assertThat(this.gateway.singles).containsExactly("c1");
		assertThat(this.gateway.batches).isEmpty();
	}

	@Test
	void unknownConversationWaitsUntilTheDetailsWaitIsOver() {
		read(List.of(call("c1", this.now)));
		assertThat(this.notReady).containsEntry("c1", ReasonCode.DETAILS_NOT_READY);

		read(List.of(call("c1", this.now.minus(DETAILS_WAIT))));
		assertThat(this.notReady).containsEntry("c1", ReasonCode.CONVERSATION_NOT_FOUND);
	}

	@Test
	void severalCallsShareOneRequestAndFailAlone() {
		this.gateway.add(ended("c1"));
		this.gateway.add(new Conversation("c2", Details.START, null, "inbound", List.of(), List.of(), "{}"));
		this.gateway.add(Details.of("c4", "inbound", List.of(inAfterCallWork())).conversation());

		Map<String, ConversationDetails> ready = read(
				List.of(call("c1", this.now), call("c2", this.now), call("c3", this.now), call("c4", this.now)));

		assertThat(this.gateway.batches).containsExactly(List.of("c1", "c2", "c3", "c4"));
		assertThat(this.gateway.singles).isEmpty();
		assertThat(ready).containsOnlyKeys("c1");
		assertThat(this.notReady).containsEntry("c2", ReasonCode.DETAILS_NOT_READY)
			.containsEntry("c3", ReasonCode.DETAILS_NOT_READY)
			.containsEntry("c4", ReasonCode.DETAILS_NOT_READY);
	}

	@Test
	void documentOfAnotherConversationIsABadResponse() {
		this.gateway.wrongIdFor.put("c1", ended("other"));

		read(List.of(call("c1", this.now)));

		assertThat(this.notReady).containsEntry("c1", ReasonCode.GENESYS_BAD_RESPONSE);
	}

	private Map<String, ConversationDetails> read(List<PendingImport> calls) {
		return this.reader.read(null, calls, this.now,
				(call, error) -> this.notReady.put(call.conversationId(), ((ImportFailureException) error).code()));
	}

	private static Conversation ended(String id) {
		return Details.inbound(id, true).conversation();
	}

	private static Participant inAfterCallWork() {
		return new Participant("a1", Participant.AGENT, List.of(new Session(null, null, "inbound", true, null,
				List.of(new Segment(Segment.INTERACT, "q1", null, null, Details.START, Details.END)))));
	}

	private static PendingImport call(String conversationId, Instant firstAttemptAt) {
		return new PendingImport(new Message(new byte[0]), new ConversationEnded(1, UUID.randomUUID(), "acme",
				conversationId, "a1", Details.END, Details.END, CallSource.WEBSOCKET), new Attempt(1, firstAttemptAt));
	}

	private static final class FakeGateway implements ConversationDetailsGateway {

		private final Map<String, Conversation> known = new HashMap<>();

		private final Map<String, Conversation> wrongIdFor = new HashMap<>();

		private final List<String> singles = new ArrayList<>();

		private final List<List<String>> batches = new ArrayList<>();

		void add(Conversation conversation) {
			this.known.put(conversation.conversationId(), conversation);
		}

		@Override
		public Optional<Conversation> conversation(GenesysClient client, String conversationId) {
			this.singles.add(conversationId);
			return Optional.ofNullable(this.known.getOrDefault(conversationId, this.wrongIdFor.get(conversationId)));
		}

		@Override
		public ConversationsFound conversations(GenesysClient client, List<String> conversationIds) {
			this.batches.add(conversationIds);
			Map<String, Conversation> found = new HashMap<>();
			Set<String> notFound = new HashSet<>();
			for (String id : conversationIds) {
				Conversation conversation = this.known.get(id);
				if (conversation != null) {
					found.put(id, conversation);
				}
				else {
					notFound.add(id);
				}
			}
			return new ConversationsFound(found, notFound);
		}

	}

}
