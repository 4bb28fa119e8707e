package io.callimport.installation.account;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.callimport.installation.account.SignInFailures.Failure;
import io.callimport.testsupport.PostgresServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts and sign-in failures on PostgreSQL. Each test commits (as the services do), in
 * a tenant of its own.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AccountStoreIntegrationTests {

	private static final Duration LOCK = Duration.ofMinutes(2);

	@Autowired
	AccountStore accounts;

	@Autowired
	SignInFailures failures;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		PostgresServer.shared().createDatabase().registerWith(registry);
		registry.add("spring.jpa.hibernate.ddl-auto", () -> "validate");
	}

	@Test
	void aTenantHasOneAccountOfAName() {
		assertThat(this.accounts.create("acme", "ada", "hash-1")).isTrue();
		assertThat(this.accounts.create("acme", "ada", "hash-2")).isFalse();
		assertThat(this.accounts.create("globex", "ada", "hash-3")).isTrue();

		assertThat(this.accounts.passwordHash("acme", "ada")).contains("hash-1");
		assertThat(this.accounts.list("acme", LOCK.toMillis())).singleElement()
			.satisfies((view) -> assertThat(view.failedSignIns()).isZero());
	}

	@Test
	void failuresInARowLockTheNameUntilCleared() {
		this.accounts.create("initech", "bob", "hash");

		Failure first = this.failures.record("initech", "bob", 2, LOCK);
		Failure second = this.failures.record("initech", "bob", 2, LOCK);

		assertThat(first.failures()).isEqualTo(1);
		assertThat(first.lockedUntil()).isNull();
		assertThat(second.failures()).isEqualTo(2);
		assertThat(second.lockedUntil()).isNotNull();
		assertThat(this.failures.lockedUntil("initech", "bob")).contains(second.lockedUntil());
		AccountView locked = this.accounts.find("initech", "bob", LOCK.toMillis()).orElseThrow();
		assertThat(locked.failedSignIns()).isEqualTo(2);
		assertThat(locked.locked()).isTrue();
		assertThat(this.failures.clear("initech", "bob")).isTrue();
		assertThat(this.failures.lockedUntil("initech", "bob")).isEmpty();
		assertThat(this.accounts.find("initech", "bob", LOCK.toMillis()).orElseThrow().locked()).isFalse();
	}

	@Test
	void passwordsChangeAndAccountsGoOnlyWhenTheyExist() {
		this.accounts.create("umbrella", "carol", "old");
		this.accounts.create("umbrella", "alice", "hash");

		assertThat(this.accounts.changePassword("umbrella", "carol", "new")).isTrue();
		assertThat(this.accounts.changePassword("umbrella", "nobody", "new")).isFalse();
		this.accounts.signedIn("umbrella", "carol");

		assertThat(this.accounts.passwordHash("umbrella", "carol")).contains("new");
		assertThat(this.accounts.list("umbrella", LOCK.toMillis())).extracting(AccountView::username)
			.containsExactly("alice", "carol");
		assertThat(this.accounts.find("umbrella", "carol", LOCK.toMillis()).orElseThrow().lastSignInAt()).isNotNull();
		assertThat(this.accounts.delete("umbrella", "carol")).isTrue();
		assertThat(this.accounts.delete("umbrella", "carol")).isFalse();
	}

	/** The account stores and their entities, nothing else. */
	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage
	@Import({ AccountStore.class, SignInFailures.class })
	static class Stores {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
