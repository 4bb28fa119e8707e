package io.callimport.consumer.failure;

import java.sql.SQLException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What a PostgreSQL failure means for an import, by its SQLState: only a failure that may
 * pass by itself (connection lost, timeout, serialization failure, deadlock, the server
 * short of resources or shutting down) is retried; an integrity or data error fails the
 * same way on every attempt. The reason names the SQLState and, when the server tells,
 * the constraint, table and column, never a value (the server's message and detail may
 * quote the call's data).
 */
final class DatabaseFailures {

	private static final int MAX_DEPTH = 16;

	private DatabaseFailures() {
	}

	static ImportFailureException classify(Throwable error) {
		SQLException sql = sqlException(error);
		String state = (sql != null) ? sql.getSQLState() : null;
		if (state == null || state.length() != 5 || isTransient(state)) {
			return new ImportFailureException(ReasonCode.DATABASE_UNAVAILABLE,
					"PostgreSQL failed: " + FailureClassifier.message(error), error);
		}
		String where = where(sql);
		if (state.startsWith("22") || state.startsWith("23")) {
			return new ImportFailureException(ReasonCode.DATA_REJECTED,
					"PostgreSQL rejected the call's data (SQLState " + state + where + ")", error);
		}
		return new ImportFailureException(ReasonCode.DATABASE_ERROR,
				"PostgreSQL refused the statement (SQLState " + state + where + ")", error);
	}

	/**
	 * Connection exceptions (08), transaction rollbacks (40: serialization failure,
	 * deadlock), insufficient resources (53), operator intervention (57: query cancelled
	 * by a timeout, shutdown), system errors (58), and lock or object in use (55P03,
	 * 55006).
	 */
	static boolean isTransient(String state) {
		String upper = state.toUpperCase(Locale.ROOT);
		String type = upper.substring(0, 2);
		return switch (type) {
			case "08", "40", "53", "57", "58" -> true;
			default -> upper.equals("55P03") || upper.equals("55006");
		};
	}

	private static @Nullable SQLException sqlException(Throwable error) {
		Throwable cause = error;
		for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				// a batch failure carries the statement's own failure as the next one
				SQLException next = sql.getNextException();
				return (sql.getSQLState() == null && next != null) ? next : sql;
			}
		}
		return null;
	}

	/** The constraint, table and column the server names; no value. */
	private static String where(SQLException sql) {
		ServerErrorMessage server = (sql instanceof PSQLException psql) ? psql.getServerErrorMessage() : null;
		if (server == null) {
			return "";
		}
		StringBuilder where = new StringBuilder();
		append(where, "constraint", server.getConstraint());
		append(where, "table", server.getTable());
		append(where, "column", server.getColumn());
		append(where, "datatype", server.getDatatype());
		return where.toString();
	}

	private static void append(StringBuilder where, String what, @Nullable String name) {
		if (name != null && !name.isBlank()) {
			where.append(", ").append(what).append(' ').append(name);
		}
	}

}
