package io.callimport.consumer.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.Message;

import io.callimport.consumer.config.ConsumerProperties;
import io.callimport.consumer.config.ImportThreads;
import io.callimport.consumer.failure.Attempt;
import io.callimport.consumer.recording.RecordingFormat;
import io.callimport.consumer.recording.RecordingProperties;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailure;
import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.genesys.recordings.BatchResult;
import io.callimport.genesys.recordings.FileState;
import io.callimport.genesys.recordings.RecordingListing;
import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Which source tells a batch's recordings: each call's list for a few calls, one batch
 * job for many, with the calls a job cannot answer plainly falling back to their list.
 */
class RecordingSourcesTests {

	private static final Duration WAIT = Duration.ofMinutes(30);

	private final ConsumerProperties properties = new ConsumerProperties(8, 200, Duration.ofSeconds(10),
			new ConsumerProperties.Retry(30, Duration.ofSeconds(1), 2.0, Duration.ofMinutes(10), Duration.ofHours(2),
					WAIT, Duration.ofMinutes(2)),
			new ConsumerProperties.Batch(100, Duration.ofSeconds(2), 2, 2, 4, Duration.ofMillis(1),
					Duration.ofMillis(10), Duration.ofSeconds(5), Duration.ofMinutes(2), Duration.ofSeconds(10)),
			Duration.ofSeconds(30));

	private final ImportThreads threads = new ImportThreads(this.properties);

	private final FakeRecordingCatalogue catalogue = new FakeRecordingCatalogue();

	private final RecordingSources sources = new RecordingSources(
			new RecordingLister(this.catalogue, new RecordingProperties(RecordingFormat.WAV, Duration.ofSeconds(1))),
			new RecordingBatchJobs(this.catalogue, this.properties, this.threads), this.properties,
			Clock.fixed(Details.END.plusSeconds(5), ZoneOffset.UTC));

	private final Map<String, RecordingPlan> planned = new ConcurrentHashMap<>();

	private final Map<String, RuntimeException> failed = new ConcurrentHashMap<>();

	@AfterEach
	void stopThreads() {
		this.threads.destroy();
	}

	@Test
	void aFewCallsAskEachCallsList() throws Exception {
		this.catalogue.listings.put("c1", RecordingListing.of(List.of(RecordingPlanTests.available("r1"))));
		this.catalogue.listings.put("c2", RecordingListing.stillTranscoding());

		plan(call("c1", true), call("c2", true), call("c3", false));

		assertThat(this.catalogue.submitted).isEmpty();
		assertThat(this.catalogue.listed).containsExactly("c1", "c2", "c3");
		assertThat(this.planned.get("c1").downloads()).extracting(RecordingPlan.Download::recordingId)
			.containsExactly("r1");
		assertThat(this.failed.get("c2")).hasMessageContaining("still transcoding");
		assertThat(this.planned.get("c3")).isEqualTo(RecordingPlan.none());
	}

	@Test
	void manyCallsAskOneBatchJobAndFallBackToTheListWhereItCannotAnswerPlainly() throws Exception {
		this.catalogue.batchResults.add(new BatchResult("c1", "r1", "https://media.example/r1", "audio/wav", null));
		this.catalogue.batchResults.add(new BatchResult("c2", "r2", null, null, "archived"));
		this.catalogue.listings.put("c2",
				RecordingListing.of(List.of(RecordingPlanTests.recording("r2", FileState.ARCHIVED))));
		this.catalogue.listings.put("c4", RecordingListing.of(List.of(RecordingPlanTests.available("r4"))));

		plan(call("c1", true), call("c2", true), call("c3", false), call("c4", true));

		assertThat(this.catalogue.submitted).containsExactly(List.of("c1", "c2", "c3", "c4"));
		assertThat(this.catalogue.listed).as("the error result and the recorded call without results")
			.containsExactlyInAnyOrder("c2", "c4");
		RecordingPlan.Download delivered = this.planned.get("c1").downloads().get(0);
		assertThat(delivered.mediaUri()).hasToString("https://media.example/r1");
		assertThat(delivered.listed()).isNull();
		assertThat(this.planned.get("c2").unavailable()).hasSize(1);
		assertThat(this.planned.get("c3")).as("analytics says nothing was recorded").isEqualTo(RecordingPlan.none());
		assertThat(this.planned.get("c4").downloads()).hasSize(1);
		assertThat(this.failed).isEmpty();
	}

	@Test
	void aFailedJobFailsEachOfItsCalls() throws Exception {
		GenesysException unavailable = new GenesysException(
				GenesysFailure.classify(new java.io.IOException("connection reset")));
		this.catalogue.pollFailure = unavailable;

		plan(call("c1", true), call("c2", true), call("c3", true), call("c4", true));

		assertThat(this.failed).hasSize(4).allSatisfy((id, error) -> assertThat(error).isSameAs(unavailable));
		assertThat(unavailable.kind()).isEqualTo(GenesysFailureKind.TRANSIENT);
		assertThat(this.catalogue.listed).isEmpty();
	}

	private void plan(CallWork... calls) throws Exception {
		this.sources
			.plan(null, List.of(calls), (call, plan) -> this.planned.put(call.conversationId(), plan),
					(call, error) -> this.failed.put(call.conversationId(), error))
			.get(10, TimeUnit.SECONDS);
		assertThat(this.planned.size() + this.failed.size()).isEqualTo(calls.length);
	}

	private static CallWork call(String conversationId, boolean recorded) {
		ConversationEnded message = new ConversationEnded(1, UUID.randomUUID(), "acme", conversationId, "a1",
				Details.END, Details.END.plusSeconds(1), CallSource.WEBSOCKET);
		AgentDirectory agents = mock(AgentDirectory.class);
		given(agents.agentsAmong(anyString(), anyList())).willReturn(List.of("a1"));
		ConversationDetails details = Details.inbound(conversationId, recorded, "a1");
		return new CallWork(new PendingImport(new Message(new byte[0]), message, new Attempt(1, Details.END)), details,
				new CallMetadataMapper(agents).map(message, details));
	}

}
