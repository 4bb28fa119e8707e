package io.callimport.installation.account;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import io.callimport.installation.account.SignInFailures.Failure;
import io.callimport.installation.web.ApiProblem;

/**
 * Checks a tenant name, username and password. Every failure answers the same, whichever
 * part was wrong and whether an account of that name exists at all (the hash check runs
 * either way); failures in a row lock the name for a while, again whether or not it
 * exists, so a lock tells nothing either.
 */
@Service
public class SignIn {

	private static final Logger log = LoggerFactory.getLogger(SignIn.class);

	private final AccountStore accounts;

	private final SignInFailures failures;

	private final PasswordEncoder encoder;

	private final LockoutProperties lockout;

	private final String unknownAccountHash;

	SignIn(AccountStore accounts, SignInFailures failures, PasswordEncoder encoder, LockoutProperties lockout) {
		this.accounts = accounts;
		this.failures = failures;
		this.encoder = encoder;
		this.lockout = lockout;
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		this.unknownAccountHash = encoder.encode(Base64.getEncoder().encodeToString(random));
	}

	/**
	 * @throws ApiProblem 401 for wrong credentials, 429 while the name is locked
	 */
	public SignedIn authenticate(String tenantName, String username, String password) {
		String tenantId = tenantName.trim();
		String name = Usernames.normalized(username);
		Optional<Instant> locked = this.failures.lockedUntil(tenantId, name);
		if (locked.isPresent()) {
			throw locked(locked.get());
		}
		Optional<String> hash = this.accounts.passwordHash(tenantId, name);
		boolean matches = this.encoder.matches(password, hash.orElse(this.unknownAccountHash));
		if (matches && hash.isPresent()) {
			this.failures.clear(tenantId, name);
			this.accounts.signedIn(tenantId, name);
			return new SignedIn(tenantId, name);
		}
		Failure failure = this.failures.record(tenantId, name, this.lockout.maxFailures(), this.lockout.lockDuration());
		if (failure.lockedUntil() != null) {
			log.warn("Wizard sign-in of username '{}' for tenant '{}' locked until {} after {} failures", name,
					tenantId, failure.lockedUntil(), failure.failures());
			throw locked(failure.lockedUntil());
		}
		throw rejected(this.lockout.maxFailures() - failure.failures());
	}

	private ApiProblem rejected(int attemptsLeft) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"callimport-external-api\"");
		return new ApiProblem(HttpStatus.UNAUTHORIZED, "sign-in-failed", "Sign-in failed",
				"The tenant name, username or password is wrong. After " + this.lockout.maxFailures()
						+ " failed sign-ins in a row, sign-in is refused for " + minutes(this.lockout.lockDuration())
						+ ".",
				headers)
			.with("attemptsLeft", attemptsLeft)
			.with("maxFailures", this.lockout.maxFailures())
			.with("lockMinutes", this.lockout.lockDuration().toMinutes());
	}

	private ApiProblem locked(Instant until) {
		HttpHeaders headers = new HttpHeaders();
		long seconds = Math.max(1, Duration.between(Instant.now(), until).toSeconds());
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		return new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "sign-in-locked", "Sign-in locked",
				"Too many failed sign-ins in a row for this tenant name and username: sign-in is refused until " + until
						+ ". The platform's operator can lift the lock sooner.",
				headers)
			.with("lockedUntil", until.toString());
	}

	private static String minutes(Duration duration) {
		long minutes = duration.toMinutes();
		return (minutes >= 1) ? minutes + (minutes == 1 ? " minute" : " minutes") : duration.toSeconds() + " seconds";
	}

}
