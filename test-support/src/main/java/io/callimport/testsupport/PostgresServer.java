package io.callimport.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server of the tests; {@link #createDatabase()} gives each test context a
 * fresh, empty database, dropped when the JVM exits. Databases left behind by a killed
 * run are dropped after a few hours by the next run.
 */
public final class PostgresServer {

	private static final String PREFIX = "it_";

	private static final long STALE_AFTER_SECONDS = 6 * 3600;

	private static volatile PostgresServer shared;

	private final String host;

	private final int port;

	private final String username;

	private final String password;

	private final List<String> created = new ArrayList<>();

	private PostgresServer(String host, int port, String username, String password) {
		this.host = host;
		this.port = port;
		this.username = username;
		this.password = password;
		Runtime.getRuntime().addShutdownHook(new Thread(this::dropCreated, "drop-test-databases"));
		dropStale();
	}

	/**
	 * The server for this JVM: a container, or
	 * {@code TEST_POSTGRES_HOST|PORT|USER|PASSWORD}.
	 */
	public static PostgresServer shared() {
		PostgresServer server = shared;
		if (server == null) {
			synchronized (PostgresServer.class) {
				server = shared;
				if (server == null) {
					server = start();
					shared = server;
				}
			}
		}
		return server;
	}

	private static PostgresServer start() {
		if (TestServices.useContainers()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17.7-alpine");
			container.start();
			return new PostgresServer(container.getHost(), container.getMappedPort(5432), container.getUsername(),
					container.getPassword());
		}
		return new PostgresServer(TestServices.env("TEST_POSTGRES_HOST", "127.0.0.1"),
				Integer.parseInt(TestServices.env("TEST_POSTGRES_PORT", "5432")),
				TestServices.env("TEST_POSTGRES_USER", "postgres"), TestServices.env("TEST_POSTGRES_PASSWORD", ""));
	}

	/** A new empty database. */
	public TestDatabase createDatabase() {
		String name = PREFIX + (System.currentTimeMillis() / 1000) + "_"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
		execute("CREATE DATABASE " + name);
		synchronized (this.created) {
			this.created.add(name);
		}
		return new TestDatabase(jdbcUrl(name), this.username, this.password, name);
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	private void dropCreated() {
		List<String> names;
		synchronized (this.created) {
			names = List.copyOf(this.created);
		}
		names.forEach(this::dropQuietly);
	}

	private void dropStale() {
		long now = System.currentTimeMillis() / 1000;
		List<String> stale = new ArrayList<>();
		try (Connection connection = admin();
				Statement statement = connection.createStatement();
				ResultSet rs = statement
					.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
			while (rs.next()) {
				String name = rs.getString(1);
				String[] parts = name.split("_");
				if (parts.length == 3 && parts[1].chars().allMatch(Character::isDigit)
						&& now - Long.parseLong(parts[1]) > STALE_AFTER_SECONDS) {
					stale.add(name);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL is not reachable at " + jdbcUrl("postgres")
					+ " (start it, or set TEST_POSTGRES_HOST/PORT/USER/PASSWORD)", ex);
		}
		stale.forEach(this::dropQuietly);
	}

	private void dropQuietly(String name) {
		try {
			execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
		catch (IllegalStateException ex) {
			// best effort: a later run drops it as stale
		}
	}

	private void execute(String sql) {
		try (Connection connection = admin(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Failed: " + sql, ex);
		}
	}

	private Connection admin() throws SQLException {
		return DriverManager.getConnection(jdbcUrl("postgres"), this.username, this.password);
	}

}
