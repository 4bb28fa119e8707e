package io.callimport.simulator.analytics;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.mypurecloud.sdk.v2.model.ConversationDetailQueryClause;
import com.mypurecloud.sdk.v2.model.ConversationDetailQueryFilter;
import com.mypurecloud.sdk.v2.model.ConversationDetailQueryPredicate;
import com.mypurecloud.sdk.v2.model.SegmentDetailQueryClause;
import com.mypurecloud.sdk.v2.model.SegmentDetailQueryFilter;
import com.mypurecloud.sdk.v2.model.SegmentDetailQueryPredicate;
import io.callimport.simulator.web.GenesysApiException;
import org.jspecify.annotations.Nullable;

/**
 * A segment or conversation filter of a details query, reduced to what both share:
 * {@code type} (and/or) over predicates and one level of clauses. A predicate matches a
 * dimension's value (case-insensitive), or tests that it exists / does not exist.
 */
record QueryFilter(boolean and, List<Predicate> predicates, List<QueryFilter> clauses) {

	/** Whether the filter holds, reading dimension values through {@code values}. */
	boolean test(Function<String, List<String>> values) {
		List<Boolean> results = new java.util.ArrayList<>();
		this.predicates.forEach((predicate) -> results.add(predicate.test(values)));
		this.clauses.forEach((clause) -> results.add(clause.test(values)));
		return this.and ? results.stream().allMatch(Boolean::booleanValue)
				: results.stream().anyMatch(Boolean::booleanValue);
	}

	static QueryFilter of(SegmentDetailQueryFilter filter) {
		List<Predicate> predicates = nonNull(filter.getPredicates()).stream().map(QueryFilter::predicate).toList();
		List<QueryFilter> clauses = nonNull(filter.getClauses()).stream().map(QueryFilter::clause).toList();
		return new QueryFilter(isAnd(filter.getType()), predicates, clauses);
	}

	static QueryFilter of(ConversationDetailQueryFilter filter) {
		List<Predicate> predicates = nonNull(filter.getPredicates()).stream().map(QueryFilter::predicate).toList();
		List<QueryFilter> clauses = nonNull(filter.getClauses()).stream().map(QueryFilter::clause).toList();
		return new QueryFilter(isAnd(filter.getType()), predicates, clauses);
	}

	private static QueryFilter clause(SegmentDetailQueryClause clause) {
		return new QueryFilter(isAnd(clause.getType()),
				nonNull(clause.getPredicates()).stream().map(QueryFilter::predicate).toList(), List.of());
	}

	private static QueryFilter clause(ConversationDetailQueryClause clause) {
		return new QueryFilter(isAnd(clause.getType()),
				nonNull(clause.getPredicates()).stream().map(QueryFilter::predicate).toList(), List.of());
	}

	private static Predicate predicate(SegmentDetailQueryPredicate p) {
		return Predicate.of(text(p.getType()), text(p.getDimension()), text(p.getOperator()), p.getValue(),
				p.getRange() != null);
	}

	private static Predicate predicate(ConversationDetailQueryPredicate p) {
		return Predicate.of(text(p.getType()), text(p.getDimension()), text(p.getOperator()), p.getValue(),
				p.getRange() != null);
	}

	private static boolean isAnd(@Nullable Object type) {
		String value = text(type);
		if (value == null) {
			throw GenesysApiException.badRequest("Every filter and clause needs a type (and or or)");
		}
		if (!value.equals("and") && !value.equals("or")) {
			throw GenesysApiException.badRequest("Unknown filter type " + value);
		}
		return value.equals("and");
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static <T> List<T> nonNull(@Nullable List<T> list) {
		return (list != null) ? list : List.of();
	}

	record Predicate(String dimension, String operator, @Nullable String value) {

		static Predicate of(@Nullable String type, @Nullable String dimension, @Nullable String operator,
				@Nullable String value, boolean range) {
			if (type != null && !type.equals("dimension")) {
				throw GenesysApiException.badRequest("The simulator supports dimension predicates only, not " + type);
			}
			if (dimension == null || dimension.equals("OutdatedSdkVersion")) {
				throw GenesysApiException.badRequest("A predicate needs a known dimension");
			}
			String op = (operator != null) ? operator : "matches";
			if (range || (op.equals("matches") && value == null)) {
				throw GenesysApiException
					.badRequest("Predicate on " + dimension + " needs a value (ranges unsupported)");
			}
			return new Predicate(dimension, op, value);
		}

		boolean test(Function<String, List<String>> values) {
			List<String> actual = values.apply(this.dimension);
			return switch (this.operator) {
				case "exists" -> !actual.isEmpty();
				case "notExists" -> actual.isEmpty();
				case "matches" -> actual.stream()
					.anyMatch((v) -> v.toLowerCase(Locale.ROOT)
						.equals(String.valueOf(this.value).toLowerCase(Locale.ROOT)));
				default -> throw GenesysApiException.badRequest("Unknown operator " + this.operator);
			};
		}

	}

}
