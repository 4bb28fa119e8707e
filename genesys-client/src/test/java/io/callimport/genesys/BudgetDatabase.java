package io.callimport.genesys;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.callimport.testsupport.PostgresServer;
import io.callimport.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;

/**
 * A fresh test database migrated by common-model's Flyway scripts (V92 creates the
 * request budget's tables), and connection pools on it, one per simulated process.
 */
final class BudgetDatabase implements AutoCloseable {

	private final TestDatabase database;

	private final List<HikariDataSource> pools = new ArrayList<>();

	private BudgetDatabase(TestDatabase database) {
		this.database = database;
	}

	static BudgetDatabase migrated() {
		TestDatabase database = PostgresServer.shared().createDatabase();
		Flyway.configure().dataSource(database.jdbcUrl(), database.username(), database.password()).load().migrate();
		return new BudgetDatabase(database);
	}

	TestDatabase database() {
		return this.database;
	}

	/** A pool of its own, as another process would have. */
	DataSource process() {
		HikariDataSource pool = pool(this.database.jdbcUrl(), this.database.username(), this.database.password());
		synchronized (this.pools) {
			this.pools.add(pool);
		}
		return pool;
	}

	static HikariDataSource pool(String jdbcUrl, String username, String password) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(jdbcUrl);
		pool.setUsername(username);
		pool.setPassword(password);
		pool.setMaximumPoolSize(8);
		return pool;
	}

	@Override
	public void close() {
		synchronized (this.pools) {
			this.pools.forEach(HikariDataSource::close);
			this.pools.clear();
		}
	}

}
