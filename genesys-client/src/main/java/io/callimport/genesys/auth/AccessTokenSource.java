package io.callimport.genesys.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.genesys.failure.GenesysRequestException;
import io.callimport.genesys.metrics.ClientMetrics;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current access token of one OAuth client. Renews it {@code renewalMargin} before it
 * expires, or when Genesys rejects it; concurrent callers share one login (single
 * flight), including its failure. A rejected login is remembered briefly so that a wrong
 * secret does not hammer the login endpoint.
 */
public final class AccessTokenSource implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(AccessTokenSource.class);

	static final Duration REJECTION_MEMORY = Duration.ofSeconds(30);

	private final ClientCredentialsLogin login;

	private final Clock clock;

	private final Duration renewalMargin;

	private final ClientMetrics metrics;

	private final Object lock = new Object();

	private volatile @Nullable AccessToken current;

	private @Nullable LoginFlight inFlight;

	private @Nullable Rejection rejection;

	private volatile boolean closed;

	public AccessTokenSource(ClientCredentialsLogin login, Clock clock, Duration renewalMargin, ClientMetrics metrics) {
		this.login = login;
		this.clock = clock;
		this.renewalMargin = renewalMargin;
		this.metrics = metrics;
	}

	/** A token valid for a while yet, logging in first when needed. */
	public AccessToken token() throws GenesysRequestException {
		AccessToken token = this.current;
		if (token != null && isFresh(token) && !this.closed) {
			return token;
		}
		return renew(null);
	}

	/**
	 * A token other than {@code rejected}, which Genesys just answered 401 to. Callers
	 * that saw the same rejection share one login.
	 */
	public AccessToken renewAfterRejection(AccessToken rejected) throws GenesysRequestException {
		return renew(rejected);
	}

	private AccessToken renew(@Nullable AccessToken rejected) throws GenesysRequestException {
		LoginFlight flight;
		boolean leader = false;
		synchronized (this.lock) {
			checkUsable();
			AccessToken token = this.current;
			if (token != null && !token.equals(rejected) && isFresh(token)) {
				return token;
			}
			if (this.inFlight == null) {
				this.inFlight = new LoginFlight();
				leader = true;
			}
			flight = this.inFlight;
		}
		if (leader) {
			loginFor(flight);
		}
		return flight.await(this.login.clientId());
	}

	private void loginFor(LoginFlight flight) {
		try {
			AccessToken token = this.login.login();
			this.metrics.login(true);
			log.info("Logged in to Genesys as OAuth client {}; token valid until {}", this.login.clientId(),
					token.expiresAt());
			synchronized (this.lock) {
				this.inFlight = null;
				this.current = token;
				this.rejection = null;
			}
			flight.succeeded(token);
		}
		catch (GenesysRequestException | RuntimeException ex) {
			this.metrics.login(false);
			log.warn("{}", ex.getMessage());
			synchronized (this.lock) {
				this.inFlight = null;
				if (ex instanceof GenesysRequestException request && !request.kind().retryable()) {
					this.rejection = new Rejection(request, this.clock.instant().plus(REJECTION_MEMORY));
				}
			}
			flight.failed(ex);
		}
	}

	private void checkUsable() throws GenesysRequestException {
		if (this.closed) {
			throw new GenesysRequestException(GenesysFailureKind.TRANSIENT,
					"The Genesys client of OAuth client '" + this.login.clientId()
							+ "' was closed (its settings changed?); ask GenesysClients for a fresh one",
					0, null, null, null, null);
		}
		Rejection last = this.rejection;
		if (last != null && this.clock.instant().isBefore(last.until())) {
			throw last.failure();
		}
	}

	private boolean isFresh(AccessToken token) {
		return this.clock.instant().isBefore(token.renewAt(this.renewalMargin));
	}

	public boolean isClosed() {
		return this.closed;
	}

	@Override
	public void close() {
		this.closed = true;
		this.current = null;
	}

	private record Rejection(GenesysRequestException failure, Instant until) {
	}

}
