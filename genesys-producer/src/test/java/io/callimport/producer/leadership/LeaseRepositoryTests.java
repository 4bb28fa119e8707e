package io.callimport.producer.leadership;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.callimport.producer.JpaSliceContext;

import static org.assertj.core.api.Assertions.assertThat;

class LeaseRepositoryTests extends JpaSliceContext {

	@Autowired
	LeaseRepository leases;

	@Test
	void aFreeLeaseIsTakenWithNoPreviousHolderAndAHeldOneIsNot() {
		assertThat(this.leases.tryAcquire("t-free", "a", 10_000)).singleElement()
			.satisfies((taken) -> assertThat(taken.getPreviousLiveSince()).isNull());

		assertThat(this.leases.tryAcquire("t-free", "b", 10_000)).isEmpty();
		assertThat(this.leases.tryAcquire("t-free", "a", 10_000)).hasSize(1);
		assertThat(this.leases.findById("t-free")).get().extracting(ProducerLease::holderId).isEqualTo("a");
	}

	@Test
	void onlyTheHolderRenewsAndAReleasedLeaseIsTakenOverWithItsLastLiveMoment() {
		Instant lastLive = Instant.parse("2026-12-04T10:00:00Z");
		this.leases.tryAcquire("t-release", "a", 10_000);

		assertThat(this.leases.renew("t-release", "b", 10_000, null)).isZero();
		assertThat(this.leases.renew("t-release", "a", 10_000, lastLive)).isEqualTo(1);
		assertThat(this.leases.release("t-release", "a", null)).isEqualTo(1);
		// the expiry is now() of this (test) transaction: passed for a statement of a
		// later one
		this.jdbc.sql("UPDATE producer_leases SET expires_at = expires_at - interval '1 second'").update();

		assertThat(this.leases.tryAcquire("t-release", "b", 10_000)).singleElement()
			.satisfies((taken) -> assertThat(taken.getPreviousLiveSince()).isEqualTo(lastLive));
		assertThat(this.leases.findById("t-release")).get().satisfies((lease) -> {
			assertThat(lease.holderId()).isEqualTo("b");
			assertThat(lease.lastLiveAt()).isEqualTo(lastLive);
		});
	}

}
