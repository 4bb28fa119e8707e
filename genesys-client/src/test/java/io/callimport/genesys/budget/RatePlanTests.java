package io.callimport.genesys.budget;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RatePlanTests {

	private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

	private final RatePlan plan = new RatePlan(new BudgetSettings(240, 10, 0.5, 3, Duration.ofSeconds(60)));

	@Test
	void keepsTheConfiguredRateWhileGenesysAllowsMore() {
		assertThat(this.plan.proposal(300, 0)).isEmpty();
		assertThat(this.plan.proposal(null, 0)).isEmpty();
		assertThat(this.plan.current()).isEqualTo(240);
	}

	@Test
	void plansBelowALowerAllowanceAtOnce() {
		assertThat(this.plan.proposal(180, 0)).hasValue(162);
		assertThat(this.plan.proposal(3, 0)).hasValue(2);
		assertThat(this.plan.proposal(1, 0)).hasValue(1);
	}

	@Test
	void risesAgainOnlyAfterAMinuteWithoutALowerAllowance() {
		this.plan.adopt(162, 0);
		assertThat(this.plan.proposal(180, 10 * 1_000_000_000L)).isEmpty();

		assertThat(this.plan.proposal(300, 30 * 1_000_000_000L)).isEmpty();
		assertThat(this.plan.proposal(null, 10 * 1_000_000_000L + MINUTE - 1)).isEmpty();
		OptionalInt risen = this.plan.proposal(300, 10 * 1_000_000_000L + MINUTE);

		assertThat(risen).hasValue(240);
	}

	@Test
	void keepsTheBucketAndTheLiveReserveWithinALoweredPlan() {
		assertThat(this.plan.capacity(240)).isEqualTo(10);
		assertThat(this.plan.capacity(2)).isEqualTo(2);
		assertThat(this.plan.liveReserve(240)).isEqualTo(3);
		assertThat(this.plan.liveReserve(2)).isEqualTo(1);
		assertThat(this.plan.backgroundCapacity(240)).isEqualTo(5);
		assertThat(this.plan.shared(2).getBandwidths()[0].getCapacity()).isEqualTo(2);
		assertThat(this.plan.background(240).getBandwidths()[0].getRefillTokens()).isEqualTo(120);
	}

}
