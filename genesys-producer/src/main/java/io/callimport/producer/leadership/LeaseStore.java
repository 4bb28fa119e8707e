package io.callimport.producer.leadership;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * {@code producer_leases}: expiry is compared in database time only, so replicas need no
 * synchronised clocks to agree on who holds the lease.
 */
@Component
class LeaseStore {

	private final LeaseRepository leases;

	LeaseStore(LeaseRepository leases) {
		this.leases = leases;
	}

	/**
	 * Takes the lease if it is free, expired or already ours.
	 * <p>
	 * The previous holder's last live moment is the one it recorded when it last renewed;
	 * a holder that lost its database before its first renewal with a live socket
	 * recorded none, so its acquisition is taken instead (it cannot have been live
	 * earlier, and healing from there misses nothing). Only when it died within one lease
	 * of acquiring: one that renewed for longer without a live moment never went live (no
	 * settings, say), and there is nothing to heal.
	 * @return when taken, the moment from which the previous holder may have missed
	 * events (empty optional inside when there was no previous holder); empty when
	 * another replica holds it
	 */
	Optional<Optional<Instant>> tryAcquire(String tenantId, String holderId, Duration lease) {
		return reachable(() -> this.leases.tryAcquire(tenantId, holderId, lease.toMillis())).stream()
			.findFirst()
			.map((taken) -> Optional.ofNullable(taken.getPreviousLiveSince()));
	}

	/** Extends our lease; {@code false} when another replica holds it now. */
	boolean renew(String tenantId, String holderId, Duration lease, @Nullable Instant lastLive) {
		return reachable(() -> this.leases.renew(tenantId, holderId, lease.toMillis(), lastLive)) == 1;
	}

	/** Gives the lease up at once (a clean stop), recording the last live moment. */
	void release(String tenantId, String holderId, @Nullable Instant lastLive) {
		reachable(() -> this.leases.release(tenantId, holderId, lastLive));
	}

	/**
	 * Runs a statement, reporting an unreachable database (no connection for the
	 * statement's transaction) as a {@link DataAccessResourceFailureException}, as a
	 * statement without a transaction did: {@link LeaderElection} waits for the lease to
	 * run out on those rather than failing the check.
	 */
	private static <T> T reachable(Supplier<T> statement) {
		try {
			return statement.get();
		}
		catch (CannotCreateTransactionException ex) {
			throw new DataAccessResourceFailureException(String.valueOf(ex.getMessage()), ex);
		}
	}

}
