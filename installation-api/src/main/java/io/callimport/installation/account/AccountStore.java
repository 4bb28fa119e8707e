package io.callimport.installation.account;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code wizard_accounts}, read together with the sign-in failures of each account.
 */
@Component
class AccountStore {

	private final AccountRows accounts;

	private final SignInFailureRows failures;

	private final Clock clock;

	AccountStore(AccountRows accounts, SignInFailureRows failures, Clock clock) {
		this.accounts = accounts;
		this.failures = failures;
		this.clock = clock;
	}

	/**
	 * Creates the account, and the tenant if it is new. Not one transaction: the account
	 * insert must be able to fail on the tenant's unique username (a concurrent creation
	 * of the same name) and be told apart.
	 * @return false when the tenant already has an account of that name
	 */
	boolean create(String tenantId, String username, String passwordHash) {
		if (this.accounts.existsByTenantIdAndUsername(tenantId, username)) {
			return false;
		}
		this.accounts.createTenant(tenantId);
		try {
			this.accounts.saveAndFlush(new Account(tenantId, username, passwordHash, now()));
			return true;
		}
		catch (DataIntegrityViolationException ex) {
			return false;
		}
	}

	Optional<String> passwordHash(String tenantId, String username) {
		return this.accounts.findPasswordHash(tenantId, username);
	}

	@Transactional
	void signedIn(String tenantId, String username) {
		this.accounts.findByTenantIdAndUsername(tenantId, username).ifPresent((account) -> account.signedIn(now()));
	}

	@Transactional
	boolean changePassword(String tenantId, String username, String passwordHash) {
		Optional<Account> account = this.accounts.findByTenantIdAndUsername(tenantId, username);
		account.ifPresent((found) -> found.changePassword(passwordHash, now()));
		return account.isPresent();
	}

	@Transactional
	boolean delete(String tenantId, String username) {
		return this.accounts.deleteByTenantIdAndUsername(tenantId, username) == 1;
	}

	/** The account, with its failures of the last {@code windowMillis}. */
	@Transactional(readOnly = true)
	Optional<AccountView> find(String tenantId, String username, long windowMillis) {
		Instant now = now();
		return this.accounts.findByTenantIdAndUsername(tenantId, username)
			.map((account) -> account.view(recentFailures(tenantId, now, windowMillis).get(username), now));
	}

	/**
	 * The tenant's accounts by username, with their failures of the last
	 * {@code windowMillis}.
	 */
	@Transactional(readOnly = true)
	List<AccountView> list(String tenantId, long windowMillis) {
		Instant now = now();
		Map<String, SignInFailure> recent = recentFailures(tenantId, now, windowMillis);
		return this.accounts.findByTenantIdOrderByUsername(tenantId)
			.stream()
			.map((account) -> account.view(recent.get(account.username()), now))
			.toList();
	}

	private Map<String, SignInFailure> recentFailures(String tenantId, Instant now, long windowMillis) {
		return this.failures.findByTenantIdAndLastFailedAtAfter(tenantId, now.minusMillis(windowMillis))
			.stream()
			.collect(Collectors.toMap(SignInFailure::username, Function.identity()));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
