package io.callimport.genesys.budget;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The request budget of each OAuth client ({@code genesys.budget.*}).
 *
 * @param requestsPerMinute the sustained rate; below Genesys' 300 per client so that
 * other users of the same client (the wizard, an operator) still have room
 * @param burst how many requests may go at once after a quiet spell (the bucket size)
 * @param backgroundShare the largest share of the rate background work may use
 * @param liveReserve permits background work always leaves in the bucket for live work
 * @param maxWait the longest a request waits for a permit before it fails as
 * {@code RATE_LIMITED}
 */
public record BudgetSettings(@DefaultValue("240") @Min(1) int requestsPerMinute, @DefaultValue("10") @Min(1) int burst,
		@DefaultValue("0.5") @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0") double backgroundShare,
		@DefaultValue("3") @Min(0) int liveReserve, @DefaultValue("60s") @DurationMin(millis = 1) Duration maxWait) {

	/** The defaults, for use outside Spring. */
	public static BudgetSettings defaults() {
		return new BudgetSettings(240, 10, 0.5, 3, Duration.ofSeconds(60));
	}

	@AssertTrue(message = "live-reserve must be smaller than burst")
	public boolean isLiveReserveBelowBurst() {
		return this.liveReserve < this.burst;
	}

}
