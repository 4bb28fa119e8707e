package io.callimport.consumer.scheduling;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;

import io.callimport.consumer.config.ConsumerProperties;
import io.callimport.consumer.config.ImportThreads;
import io.callimport.consumer.failure.Attempt;
import io.callimport.consumer.failure.Deferrals;
import io.callimport.consumer.importing.BatchImporter;
import io.callimport.consumer.importing.PendingImport;
import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.model.messaging.ImportLane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The scheduler's decisions, against a recorded importer whose batches finish when the
 * test says and a budget the test sets per tenant.
 */
class ImportSchedulerTests {

	private final BatchImporter importer = mock(BatchImporter.class);

	private final Deferrals deferrals = mock(Deferrals.class);

	private final List<Started> started = new CopyOnWriteArrayList<>();

	private final Map<String, Duration> budgetWaits = new ConcurrentHashMap<>();

	private ImportThreads threads;

	private ImportScheduler scheduler;

	@BeforeEach
	void start() {
		when(this.importer.budgetCapacity()).thenReturn(10);
		when(this.importer.requestsFor(anyInt())).thenAnswer((call) -> Math.min(3, 1 + (int) call.getArgument(0)));
		when(this.importer.budgetWait(anyString(), any(), anyInt()))
			.thenAnswer((call) -> this.budgetWaits.getOrDefault((String) call.getArgument(0), Duration.ZERO));
		when(this.importer.importBatch(anyString(), any(), any())).thenAnswer((call) -> {
			Started batch = new Started(call.getArgument(0), call.getArgument(1), call.getArgument(2),
					new CompletableFuture<>());
			this.started.add(batch);
			return batch.talking();
		});
		startScheduler(batch(100, Duration.ofSeconds(2), 1, 2, Duration.ofMinutes(2)));
	}

	@AfterEach
	void stop() {
		this.scheduler.stop();
		this.threads.destroy();
	}

	@Test
	void aCallOfAnIdleTenantStartsAtOnceAlone() {
		submit("acme", CallSource.WEBSOCKET, "c1");

		await().atMost(Duration.ofSeconds(5)).until(() -> this.started.size() == 1);
		assertThat(this.started.get(0).conversations()).containsExactly("c1");
	}

	@Test
	void callsArrivingWhileTheTenantsBatchTalksToGenesysFormTheNextBatch() {
		submit("acme", CallSource.WEBSOCKET, "c1");
		await().atMost(Duration.ofSeconds(5)).until(() -> this.started.size() == 1);
		for (int i = 2; i <= 40; i++) {
			submit("acme", CallSource.WEBSOCKET, "c" + i);
		}

		this.started.get(0).talking().complete(null);

		await().atMost(Duration.ofSeconds(5)).until(() -> this.started.size() == 2);
		assertThat(this.started.get(1).conversations()).hasSize(39);
	}

	@Test
	void aTenantOutOfBudgetHoldsNoCoordinatorAndOthersGoAhead() {
		this.budgetWaits.put("busy", Duration.ofMinutes(1));
		for (int i = 0; i < 300; i++) {
			submit("busy", CallSource.WEBSOCKET, "busy-" + i);
		}
		submit("quiet", CallSource.WEBSOCKET, "quiet-1");

		await().atMost(Duration.ofSeconds(5)).until(() -> this.started.size() == 1);
		assertThat(this.started.get(0).tenant()).isEqualTo("quiet");
		assertThat(this.scheduler.waiting()).isEqualTo(300);

		this.budgetWaits.remove("busy");
		await().atMost(Duration.ofSeconds(5)).until(() -> this.started.size() == 2);
		assertThat(this.started.get(1).tenant()).isEqualTo("busy");
		assertThat(this.started.get(1).conversations()).hasSize(100);
	}

	@Test
	void tenantsTakeTurnsAndLiveCallsGoFirst() {
		this.scheduler.stop();
		for (int i = 0; i < 5; i++) {
			submit("a", CallSource.RECONCILIATION, "a-bg-" + i);
			submit("b", CallSource.WEBSOCKET, "b-live-" + i);
			submit("c", CallSource.WEBSOCKET, "c-live-" + i);
		}
		this.scheduler.start();

		await().atMost(Duration.ofSeconds(5)).until(() -> this.started.size() == 2);
		assertThat(this.started).extracting(Started::tenant).containsExactlyInAnyOrder("b", "c");
		assertThat(this.started).extracting(Started::lane).containsOnly(ImportLane.LIVE);
		this.started.forEach((batch) -> batch.talking().complete(null));
		await().atMost(Duration.ofSeconds(5)).until(() -> this.started.size() == 3);
		assertThat(this.started.get(2).tenant()).isEqualTo("a");
		assertThat(this.started.get(2).lane()).isEqualTo(ImportLane.BACKGROUND);
	}

	@Test
	void aRepeatedMessageWaitsUntilTheFirstOneOfItsConversationSettled() {
		PendingImport first = submit("acme", CallSource.WEBSOCKET, "same");
		submit("acme", CallSource.WEBSOCKET, "same");
		await().atMost(Duration.ofSeconds(5)).until(() -> this.started.size() == 1);
		this.started.get(0).talking().complete(null);

		first.settle();

		await().atMost(Duration.ofSeconds(5)).until(() -> this.started.size() == 2);
		assertThat(this.started.get(1).conversations()).containsExactly("same");
	}

	@Test
	void whileTheBudgetIsShortCallsGatherIntoOneBatch() {
		this.scheduler.stop();
		this.threads.destroy();
		startScheduler(batch(100, Duration.ofMillis(1500), 1, 2, Duration.ofMinutes(2)));
		when(this.importer.budgetWait(anyString(), any(), eq(10))).thenReturn(Duration.ofSeconds(30));

		for (int i = 0; i < 20; i++) {
			submit("acme", CallSource.WEBSOCKET, "c" + i);
		}

		await().atMost(Duration.ofSeconds(5)).until(() -> this.started.size() == 1);
		assertThat(this.started.get(0).conversations()).hasSize(20);
	}

	@Test
	void aCallThatWaitedLongerThanTheHoldGoesToADelayQueue() {
		this.scheduler.stop();
		this.threads.destroy();
		startScheduler(batch(100, Duration.ofSeconds(2), 1, 2, Duration.ofSeconds(1)));
		this.budgetWaits.put("busy", Duration.ofMinutes(5));

		PendingImport call = submit("busy", CallSource.WEBSOCKET, "late");

		await().atMost(Duration.ofSeconds(10)).until(() -> call.settled().isDone());
		verify(this.deferrals).defer(call.delivered(), call.message());
		assertThat(this.started).isEmpty();
	}

	@Test
	void whileDrainingNoBatchStartsAndTheCallsUnderWayAreAwaited() {
		PendingImport underWay = submit("acme", CallSource.WEBSOCKET, "c1");
		await().atMost(Duration.ofSeconds(5)).until(() -> this.started.size() == 1);

		assertThat(this.scheduler.drain(Duration.ofMillis(200))).as("c1 is under way").isFalse();
		submit("acme", CallSource.WEBSOCKET, "c2");
		this.started.get(0).talking().complete(null);
		CompletableFuture.runAsync(underWay::settle);

		assertThat(this.scheduler.drain(Duration.ofSeconds(30))).isTrue();
		assertThat(this.scheduler.inFlight()).isZero();
		await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> this.started.size() == 1);
		assertThat(this.scheduler.waiting()).as("c2 stays unacknowledged, for the broker").isEqualTo(1);
	}

	private void startScheduler(ConsumerProperties.Batch batch) {
		ConsumerProperties properties = new ConsumerProperties(8, 200, Duration.ofSeconds(10),
				new ConsumerProperties.Retry(30, Duration.ofSeconds(1), 2.0, Duration.ofMinutes(10),
						Duration.ofHours(2), Duration.ofMinutes(30), Duration.ofMinutes(2)),
				batch, Duration.ofSeconds(30));
		this.threads = new ImportThreads(properties);
		this.scheduler = new ImportScheduler(this.importer, this.deferrals, this.threads, properties);
		this.scheduler.start();
	}

	private static ConsumerProperties.Batch batch(int maxSize, Duration maxDelay, int perTenant, int coordinators,
			Duration maxHold) {
		return new ConsumerProperties.Batch(maxSize, maxDelay, perTenant, coordinators, 4, Duration.ofMillis(300),
				Duration.ofSeconds(2), Duration.ofSeconds(60), maxHold, Duration.ofSeconds(10));
	}

	private PendingImport submit(String tenant, CallSource source, String conversation) {
		ConversationEnded message = ConversationEnded.of(tenant, conversation, "agent", null, Instant.now(), source);
		PendingImport call = new PendingImport(
				new Message("{}".getBytes(StandardCharsets.UTF_8), new MessageProperties()), message,
				new Attempt(1, Instant.now()));
		this.scheduler.submit(call);
		return call;
	}

	private record Started(String tenant, ImportLane lane, List<PendingImport> batch, CompletableFuture<Void> talking) {

		List<String> conversations() {
			return this.batch.stream().map(PendingImport::conversationId).toList();
		}

	}

}
