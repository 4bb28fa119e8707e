package io.callimport.genesys.analytics;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.mypurecloud.sdk.v2.model.AsyncConversationQuery;
import com.mypurecloud.sdk.v2.model.ConversationDetailQueryFilter;
import com.mypurecloud.sdk.v2.model.ConversationDetailQueryPredicate;
import com.mypurecloud.sdk.v2.model.ConversationQuery;
import com.mypurecloud.sdk.v2.model.SegmentDetailQueryClause;
import com.mypurecloud.sdk.v2.model.SegmentDetailQueryFilter;
import com.mypurecloud.sdk.v2.model.SegmentDetailQueryPredicate;

/**
 * The bodies of the details query and job (genesys-cloud-api.md §6): voice segments of
 * these users, only conversations that have ended.
 */
final class AnalyticsQueries {

	private AnalyticsQueries() {
	}

	/** The query, newest end first; it selects conversations by their start day. */
	static ConversationQuery endedVoiceConversationsOf(EndedCallsQuery query) {
		return new ConversationQuery().interval(interval(query.from(), query.to()))
			.order(ConversationQuery.OrderEnum.DESC)
			.orderBy(ConversationQuery.OrderByEnum.CONVERSATIONEND)
			.segmentFilters(List.of(voiceOf(query.userIds())))
			.conversationFilters(List.of(ended()));
	}

	/** The job: every such conversation whose lifetime overlaps the interval. */
	static AsyncConversationQuery endedVoiceConversationsJob(EndedCallsQuery query) {
		return new AsyncConversationQuery().interval(interval(query.from(), query.to()))
			.order(AsyncConversationQuery.OrderEnum.ASC)
			.orderBy(AsyncConversationQuery.OrderByEnum.CONVERSATIONEND)
			.startOfDayIntervalMatching(false)
			.segmentFilters(List.of(voiceOf(query.userIds())))
			.conversationFilters(List.of(ended()));
	}

	/** Whole seconds that cover {@code [from, to)}. */
	private static String interval(Instant from, Instant to) {
		Instant start = from.truncatedTo(ChronoUnit.SECONDS);
		Instant end = to.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
		return start + "/" + end;
	}

	private static SegmentDetailQueryFilter voiceOf(List<String> userIds) {
		List<SegmentDetailQueryPredicate> users = userIds.stream()
			.map((userId) -> new SegmentDetailQueryPredicate().type(SegmentDetailQueryPredicate.TypeEnum.DIMENSION)
				.dimension(SegmentDetailQueryPredicate.DimensionEnum.USERID)
				.operator(SegmentDetailQueryPredicate.OperatorEnum.MATCHES)
				.value(userId))
			.toList();
		return new SegmentDetailQueryFilter().type(SegmentDetailQueryFilter.TypeEnum.AND)
			.predicates(List.of(new SegmentDetailQueryPredicate().type(SegmentDetailQueryPredicate.TypeEnum.DIMENSION)
				.dimension(SegmentDetailQueryPredicate.DimensionEnum.MEDIATYPE)
				.operator(SegmentDetailQueryPredicate.OperatorEnum.MATCHES)
				.value("voice")))
			.clauses(List
				.of(new SegmentDetailQueryClause().type(SegmentDetailQueryClause.TypeEnum.OR).predicates(users)));
	}

	private static ConversationDetailQueryFilter ended() {
		return new ConversationDetailQueryFilter().type(ConversationDetailQueryFilter.TypeEnum.AND)
			.predicates(List
				.of(new ConversationDetailQueryPredicate().type(ConversationDetailQueryPredicate.TypeEnum.DIMENSION)
					.dimension(ConversationDetailQueryPredicate.DimensionEnum.CONVERSATIONEND)
					.operator(ConversationDetailQueryPredicate.OperatorEnum.EXISTS)));
	}

}
