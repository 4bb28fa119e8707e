package io.callimport.genesys.budget;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.genesys.failure.GenesysRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RequestBudgetTests {

	@Test
	void letsABurstGoAtOnceThenHoldsTheRate() throws Exception {
		RequestBudget budget = budget(new BudgetSettings(1200, 5, 0.5, 1, Duration.ofSeconds(5)));

		long start = System.nanoTime();
		for (int i = 0; i < 5; i++) {
			budget.acquire(Lane.LIVE);
		}
		long burst = System.nanoTime() - start;
		for (int i = 0; i < 20; i++) {
			budget.acquire(Lane.LIVE);
		}
		long all = System.nanoTime() - start;

		// 1200/min = one permit each 50 ms: 20 after the burst take about 1 s
		assertThat(Duration.ofNanos(burst)).isLessThan(Duration.ofMillis(200));
		assertThat(Duration.ofNanos(all)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
	}

	@Test
	void failsAsRateLimitedWhenNoPermitComesWithinTheMaximumWait() throws Exception {
		RequestBudget budget = budget(new BudgetSettings(6, 1, 0.5, 0, Duration.ofMillis(100)));
		budget.acquire(Lane.LIVE);

		GenesysRequestException failure = catchThrowableOfType(GenesysRequestException.class,
				() -> budget.acquire(Lane.LIVE));

		assertThat(failure.kind()).isEqualTo(GenesysFailureKind.RATE_LIMITED);
		assertThat(failure.retryAfter()).isGreaterThan(Duration.ofSeconds(5));
		assertThat(failure).hasMessageContaining("No Genesys request budget for the LIVE lane");
	}

	@Test
	void capsBackgroundWorkAtItsShareOfTheRate() throws Exception {
		// 600/min = 10/s; a quarter of it is 2.5/s, and a background burst of 3
		RequestBudget budget = budget(new BudgetSettings(600, 10, 0.25, 2, Duration.ofSeconds(10)));
		AtomicInteger permits = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(4);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
		for (int i = 0; i < 4; i++) {
			threads.submit(() -> {
				while (System.nanoTime() < deadline) {
					budget.acquire(Lane.BACKGROUND);
					if (System.nanoTime() <= deadline) {
						permits.incrementAndGet();
					}
				}
				return null;
			});
		}
		threads.shutdown();
		assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

		System.out.printf("background permits in 3 s at a 25%% share of 10/s: %d (at most %.1f)%n", permits.get(),
				3 + 3 * 2.5);
		// at most the background burst and 3 s of 2.5/s
		assertThat(permits.get()).isBetween(6, 11);
	}

	@Test
	void reportsWhenPermitsAreThereWithoutTakingThem() {
		RequestBudget budget = budget(new BudgetSettings(60, 5, 1.0, 2, Duration.ofSeconds(5)));

		assertThat(budget.availableIn(Lane.LIVE, 5)).isZero();
		assertThat(budget.availableIn(Lane.LIVE, 5)).isZero();
		assertThat(budget.tryAcquire(Lane.LIVE, 5)).isTrue();

		// 60/min: the next permit comes within a second
		assertThat(budget.availableIn(Lane.LIVE, 1)).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(budget.tryAcquire(Lane.LIVE, 1)).isFalse();
	}

	@Test
	void letsBackgroundWorkTakePermitsOnlyAboveTheLiveReserve() {
		RequestBudget budget = budget(new BudgetSettings(60, 5, 1.0, 2, Duration.ofSeconds(5)));

		int background = 0;
		while (budget.tryAcquire(Lane.BACKGROUND, 1)) {
			background++;
		}

		assertThat(background).isEqualTo(3);
		assertThat(budget.availableIn(Lane.BACKGROUND, 1)).isPositive();
		assertThat(budget.availableIn(Lane.LIVE, 2)).isZero();
		assertThat(budget.tryAcquire(Lane.LIVE, 2)).isTrue();
	}

	@Test
	void pausesBothLanesForTheWholeLength() {
		RequestBudget budget = budget(new BudgetSettings(600, 5, 0.5, 1, Duration.ofMillis(100)));

		assertThat(budget.pause(Duration.ofSeconds(30))).isTrue();

		assertThat(budget.availableIn(Lane.LIVE, 1)).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30));
		assertThat(budget.availableIn(Lane.BACKGROUND, 1)).isGreaterThan(Duration.ofSeconds(25));
		assertThat(budget.tryAcquire(Lane.LIVE, 1)).isFalse();
		long start = System.nanoTime();
		GenesysRequestException refused = catchThrowableOfType(GenesysRequestException.class,
				() -> budget.acquire(Lane.LIVE));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
		assertThat(refused.kind()).isEqualTo(GenesysFailureKind.RATE_LIMITED);
		assertThat(refused.retryAfter()).isGreaterThan(Duration.ofSeconds(25));
	}

	@Test
	void appliesPausesSeenAtOnceOnlyOnce() throws Exception {
		RequestBudget budget = budget(new BudgetSettings(600, 5, 0.5, 1, Duration.ofMillis(100)));
		ExecutorService threads = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> pauses = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			pauses.add(threads.submit(() -> {
				start.await();
				return budget.pause(Duration.ofSeconds(30));
			}));
		}
		start.countDown();
		int applied = 0;
		for (Future<Boolean> pause : pauses) {
			applied += pause.get(10, TimeUnit.SECONDS) ? 1 : 0;
		}
		threads.shutdown();

		assertThat(applied).isEqualTo(1);
		assertThat(budget.availableIn(Lane.LIVE, 1)).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30));
	}

	@Test
	void lengthensAPauseByTheMissingPartOnly() {
		RequestBudget budget = budget(new BudgetSettings(600, 5, 0.5, 1, Duration.ofMillis(100)));

		assertThat(budget.pause(Duration.ofSeconds(10))).isTrue();
		assertThat(budget.pause(Duration.ofSeconds(5))).isFalse();
		assertThat(budget.pause(Duration.ofMillis(10_500))).as("the same pause seen again").isFalse();
		assertThat(budget.pause(Duration.ofSeconds(30))).isTrue();

		assertThat(budget.availableIn(Lane.LIVE, 1)).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30));
	}

	@Test
	void plansBelowWhatGenesysAllowsForBothLanes() {
		RequestBudget budget = budget(new BudgetSettings(600, 5, 1.0, 0, Duration.ofSeconds(5)));

		budget.planFor(120);
		while (budget.tryAcquire(Lane.LIVE, 1)) {
			// empty the bucket
		}

		assertThat(budget.plannedRequestsPerMinute()).isEqualTo(108);
		// 108/min: 556 ms a permit, so three take over 1.1 s from less than one (600/min:
		// 0.3 s)
		assertThat(budget.availableIn(Lane.LIVE, 3)).isBetween(Duration.ofMillis(1100), Duration.ofMillis(1670));
	}

	private static RequestBudget budget(BudgetSettings settings) {
		return new RequestBudget("client-1", settings, new InMemoryBudgetStore());
	}

}
