package io.callimport.installation.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code wizard_accounts}, read together with the sign-in failures of each account.
 */
@Repository
class AccountStore {

	private static final String VIEW = """
			SELECT a.tenant_id, a.username, a.created_at, a.password_changed_at, a.last_sign_in_at,
			       coalesce(f.failures, 0) AS failures,
			       CASE WHEN f.locked_until > now() THEN f.locked_until END AS locked_until
			FROM wizard_accounts a
			LEFT JOIN wizard_sign_in_failures f ON f.tenant_id = a.tenant_id AND f.username = a.username
			    AND f.last_failed_at > now() - :windowMillis * interval '1 millisecond'
			""";

	private final JdbcClient jdbc;

	AccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Creates the account, and the tenant if it is new.
	 * @return false when the tenant already has an account of that name
	 */
	@Transactional
	boolean create(String tenantId, String username, String passwordHash) {
		this.jdbc.sql("INSERT INTO tenants (id) VALUES (:id) ON CONFLICT (id) DO NOTHING")
			.param("id", tenantId)
			.update();
		try {
			this.jdbc.sql("""
					INSERT INTO wizard_accounts (id, tenant_id, username, password_hash)
					VALUES (:id, :tenantId, :username, :hash)
					""")
				.param("id", UUID.randomUUID())
				.param("tenantId", tenantId)
				.param("username", username)
				.param("hash", passwordHash)
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	Optional<String> passwordHash(String tenantId, String username) {
		return this.jdbc
			.sql("SELECT password_hash FROM wizard_accounts WHERE tenant_id = :tenantId AND username = :username")
			.param("tenantId", tenantId)
			.param("username", username)
			.query(String.class)
			.optional();
	}

	void signedIn(String tenantId, String username) {
		this.jdbc.sql(
				"UPDATE wizard_accounts SET last_sign_in_at = now() WHERE tenant_id = :tenantId AND username = :username")
			.param("tenantId", tenantId)
			.param("username", username)
			.update();
	}

	boolean changePassword(String tenantId, String username, String passwordHash) {
		return this.jdbc.sql("""
				UPDATE wizard_accounts SET password_hash = :hash, password_changed_at = now()
				WHERE tenant_id = :tenantId AND username = :username
				""").param("hash", passwordHash).param("tenantId", tenantId).param("username", username).update() == 1;
	}

	boolean delete(String tenantId, String username) {
		return this.jdbc.sql("DELETE FROM wizard_accounts WHERE tenant_id = :tenantId AND username = :username")
			.param("tenantId", tenantId)
			.param("username", username)
			.update() == 1;
	}

	Optional<AccountView> find(String tenantId, String username, long windowMillis) {
		return this.jdbc.sql(VIEW + " WHERE a.tenant_id = :tenantId AND a.username = :username")
			.param("windowMillis", windowMillis)
			.param("tenantId", tenantId)
			.param("username", username)
			.query(AccountStore::view)
			.optional();
	}

	List<AccountView> list(String tenantId, long windowMillis) {
		return this.jdbc.sql(VIEW + " WHERE a.tenant_id = :tenantId ORDER BY a.username")
			.param("windowMillis", windowMillis)
			.param("tenantId", tenantId)
			.query(AccountStore::view)
			.list();
	}

	private static AccountView view(ResultSet rs, int row) throws SQLException {
		return new AccountView(rs.getString("tenant_id"), rs.getString("username"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("password_changed_at")),
				nullableInstant(rs.getTimestamp("last_sign_in_at")), rs.getInt("failures"),
				rs.getTimestamp("locked_until") != null, nullableInstant(rs.getTimestamp("locked_until")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp.toInstant();
	}

	private static @Nullable Instant nullableInstant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
