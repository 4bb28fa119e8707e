package io.callimport.genesys.budget;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
		RequestBudget budget = new RequestBudget(new BudgetSettings(1200, 5, 0.5, 1, Duration.ofSeconds(5)));

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
		RequestBudget budget = new RequestBudget(new BudgetSettings(6, 1, 0.5, 0, Duration.ofMillis(100)));
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
		RequestBudget budget = new RequestBudget(new BudgetSettings(600, 10, 0.25, 2, Duration.ofSeconds(10)));
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

}
