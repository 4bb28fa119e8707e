package io.callimport.genesys.budget;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

/**
 * Buckets in PostgreSQL (table {@code genesys_request_budget}, migration V92), shared by
 * every process on the database: N consumer replicas and the producer on one OAuth client
 * spend one budget.
 * <p>
 * Bucket4j's SELECT … FOR UPDATE proxy manager rather than its advisory-lock one: each
 * operation locks only its own row, for one short transaction; concurrent first uses of a
 * key are settled by {@code INSERT … ON CONFLICT DO NOTHING} and a retry; and it needs no
 * advisory lock ids, which would be 32-bit hashes of the client ids sharing the
 * database's advisory-lock space with Flyway and anything else taking advisory locks.
 * Bucket times come from each process' clock, so replicas should run NTP (a skew of
 * milliseconds is immaterial at a few requests per second).
 */
public final class PostgresBudgetStore implements BudgetStore {

	static final String TABLE = "genesys_request_budget";

	private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(5);

	private static final String CREATE_PAUSE = """
			INSERT INTO genesys_request_pause (client_id) VALUES (?) ON CONFLICT (client_id) DO NOTHING""";

	private static final String LOCK_PAUSE = "SELECT paused_until FROM genesys_request_pause WHERE client_id = ? FOR UPDATE";

	private static final String RECORD_PAUSE = """
			UPDATE genesys_request_pause SET paused_until = GREATEST(paused_until, ?) WHERE client_id = ?""";

	private final DataSource dataSource;

	private final ProxyManager<String> buckets;

	private final Map<String, Object> pauseLocks = new ConcurrentHashMap<>();

	public PostgresBudgetStore(DataSource dataSource) {
		this.dataSource = dataSource;
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table(TABLE)
			.requestTimeout(STATEMENT_TIMEOUT)
			.build();
	}

	@Override
	public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
		return this.buckets.getProxy(key, configuration);
	}

	/**
	 * Holds the client's row of {@code genesys_request_pause} locked while {@code apply}
	 * works on the bucket (through other connections: the bucket's own row is never
	 * locked here, so ordinary permits go on meanwhile).
	 */
	@Override
	public boolean exclusivePause(String clientId, Instant until, Predicate<Instant> apply) {
		// one pause per client at a time in this process too: threads waiting for the row
		// lock would each hold a pooled connection, and the one holding it needs another
		synchronized (this.pauseLocks.computeIfAbsent(clientId, (id) -> new Object())) {
			return pauseLocked(clientId, until, apply);
		}
	}

	private boolean pauseLocked(String clientId, Instant until, Predicate<Instant> apply) {
		try (Connection connection = this.dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				execute(connection, CREATE_PAUSE, clientId);
				boolean applied = apply.test(latestPause(connection, clientId));
				if (applied) {
					execute(connection, RECORD_PAUSE, OffsetDateTime.ofInstant(until, ZoneOffset.UTC), clientId);
				}
				connection.commit();
				return applied;
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not pause Genesys OAuth client " + clientId + " in the database",
					ex);
		}
	}

	private static Instant latestPause(Connection connection, String clientId) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(LOCK_PAUSE)) {
			statement.setQueryTimeout((int) STATEMENT_TIMEOUT.toSeconds());
			statement.setString(1, clientId);
			try (ResultSet row = statement.executeQuery()) {
				row.next();
				OffsetDateTime latest = row.getObject(1, OffsetDateTime.class);
				return (latest != null) ? latest.toInstant() : Instant.MIN;
			}
		}
	}

	private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setQueryTimeout((int) STATEMENT_TIMEOUT.toSeconds());
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			statement.execute();
		}
	}

}
