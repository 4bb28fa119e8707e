package io.callimport.installation.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import io.callimport.installation.web.ApiProblem;

/**
 * What the operator does with wizard accounts: create one (with a password the operator
 * chose, or a generated one that is shown once, to be sent by mail), list a tenant's
 * accounts with their locks, lift a lock, set a new password, delete one.
 */
@Service
public class WizardAccounts {

	private static final Logger log = LoggerFactory.getLogger(WizardAccounts.class);

	/** Random bytes of a generated password (24 bytes: 32 characters). */
	private static final int GENERATED_BYTES = 24;

	private final AccountStore accounts;

	private final SignInFailures failures;

	private final PasswordEncoder encoder;

	private final LockoutProperties lockout;

	private final SecureRandom random = new SecureRandom();

	WizardAccounts(AccountStore accounts, SignInFailures failures, PasswordEncoder encoder, LockoutProperties lockout) {
		this.accounts = accounts;
		this.failures = failures;
		this.encoder = encoder;
		this.lockout = lockout;
	}

	/**
	 * @param password the initial password, or null to generate one
	 * @return the account and the generated password (null when the operator chose it)
	 */
	public CreatedAccount create(String tenantName, String username, @Nullable String password) {
		String name = Usernames.normalized(username);
		String initial = (password != null) ? password : generated();
		if (!this.accounts.create(tenantName, name, this.encoder.encode(initial))) {
			throw ApiProblem.conflict("Tenant '" + tenantName + "' already has an account named '" + name + "'");
		}
		this.failures.clear(tenantName, name);
		log.info("Wizard account '{}' of tenant '{}' created", name, tenantName);
		return new CreatedAccount(require(tenantName, name), (password != null) ? null : initial);
	}

	public List<AccountView> list(String tenantName) {
		return this.accounts.list(tenantName, this.lockout.lockDuration().toMillis());
	}

	public AccountView get(String tenantName, String username) {
		return require(tenantName, Usernames.normalized(username));
	}

	/** Lifts a lock (and forgets the failures) of an existing account. */
	public AccountView unlock(String tenantName, String username) {
		String name = Usernames.normalized(username);
		require(tenantName, name);
		if (this.failures.clear(tenantName, name)) {
			log.info("Sign-in lock of wizard account '{}' of tenant '{}' lifted by the operator", name, tenantName);
		}
		return require(tenantName, name);
	}

	/** Sets a new password (null: generated) and lifts any lock. */
	public CreatedAccount resetPassword(String tenantName, String username, @Nullable String password) {
		String name = Usernames.normalized(username);
		String next = (password != null) ? password : generated();
		if (!this.accounts.changePassword(tenantName, name, this.encoder.encode(next))) {
			throw notFound(tenantName, name);
		}
		this.failures.clear(tenantName, name);
		log.info("Password of wizard account '{}' of tenant '{}' set by the operator", name, tenantName);
		return new CreatedAccount(require(tenantName, name), (password != null) ? null : next);
	}

	public void delete(String tenantName, String username) {
		String name = Usernames.normalized(username);
		if (!this.accounts.delete(tenantName, name)) {
			throw notFound(tenantName, name);
		}
		this.failures.clear(tenantName, name);
		log.info("Wizard account '{}' of tenant '{}' deleted", name, tenantName);
	}

	private AccountView require(String tenantName, String name) {
		return this.accounts.find(tenantName, name, this.lockout.lockDuration().toMillis())
			.orElseThrow(() -> notFound(tenantName, name));
	}

	private static ApiProblem notFound(String tenantName, String name) {
		return ApiProblem.notFound("Tenant '" + tenantName + "' has no account named '" + name + "'");
	}

	private String generated() {
		byte[] bytes = new byte[GENERATED_BYTES];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * An account just created or given a new password.
	 *
	 * @param account the account
	 * @param generatedPassword the password the module generated, to be sent to the
	 * tenant by mail; null when the operator chose it. Shown once, never stored or logged
	 */
	public record CreatedAccount(AccountView account, @Nullable String generatedPassword) {

		@Override
		public String toString() {
			return "CreatedAccount[account=" + this.account + ", generatedPassword=******]";
		}

	}

}
