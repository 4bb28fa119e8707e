package io.callimport.genesys.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.mypurecloud.sdk.v2.model.AnalyticsConversation;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationAsyncQueryResponse;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationQueryResponse;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipant;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipantWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AsyncQueryStatus;
import com.mypurecloud.sdk.v2.model.ConversationQuery;
import com.mypurecloud.sdk.v2.model.PagingSpec;
import org.jspecify.annotations.Nullable;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailure;
import io.callimport.genesys.failure.GenesysFailureKind;

/**
 * The {@link ConversationSearch} on the SDK's analytics API; the request bodies are
 * {@link AnalyticsQueries}'.
 */
final class SdkConversationSearch implements ConversationSearch {

	@Override
	public List<ConversationSummary> query(GenesysClient client, EndedCallsQuery query, int pageSize, int pageNumber) {
		if (Duration.between(query.from(), query.to()).compareTo(MAX_QUERY_INTERVAL) > 0) {
			throw new IllegalArgumentException("The details query interval may span at most 31 days; split it");
		}
		if (pageSize < 1 || pageSize > MAX_QUERY_PAGE_SIZE || pageNumber < 1) {
			throw new IllegalArgumentException("Page " + pageNumber + " of size " + pageSize
					+ " is out of range (size 1 to " + MAX_QUERY_PAGE_SIZE + ")");
		}
		ConversationQuery body = AnalyticsQueries.endedVoiceConversationsOf(query)
			.paging(new PagingSpec().pageSize(pageSize).pageNumber(pageNumber));
		AnalyticsConversationQueryResponse response = client
			.call(() -> client.analytics().postAnalyticsConversationsDetailsQuery(body));
		List<AnalyticsConversationWithoutAttributes> conversations = (response.getConversations() != null)
				? response.getConversations() : List.of();
		return conversations.stream()
			.map((conversation) -> summary(conversation.getConversationId(), conversation.getConversationStart(),
					conversation.getConversationEnd(),
					userIds(conversation.getParticipants(), AnalyticsParticipantWithoutAttributes::getUserId)))
			.toList();
	}

	@Override
	public Optional<Instant> jobsAvailableUntil(GenesysClient client) {
		Date available = client.call(() -> client.analytics().getAnalyticsConversationsDetailsJobsAvailability())
			.getDataAvailabilityDate();
		return Optional.ofNullable(available).map(Date::toInstant);
	}

	@Override
	public String submitJob(GenesysClient client, EndedCallsQuery query) {
		String jobId = client
			.call(() -> client.analytics()
				.postAnalyticsConversationsDetailsJobs(AnalyticsQueries.endedVoiceConversationsJob(query)))
			.getJobId();
		if (jobId == null) {
			throw new GenesysException(new GenesysFailure(GenesysFailureKind.PERMANENT, 0, null, null, null,
					"Genesys accepted the details job without a job id", null));
		}
		return jobId;
	}

	@Override
	public DetailsJobStatus jobStatus(GenesysClient client, String jobId) {
		AsyncQueryStatus status = client.call(() -> client.analytics().getAnalyticsConversationsDetailsJob(jobId));
		return new DetailsJobStatus(state(status.getState()), status.getErrorMessage());
	}

	private static DetailsJobStatus.State state(AsyncQueryStatus.@Nullable StateEnum state) {
		if (state == null) {
			return DetailsJobStatus.State.UNKNOWN;
		}
		return switch (state) {
			case QUEUED -> DetailsJobStatus.State.QUEUED;
			case PENDING -> DetailsJobStatus.State.PENDING;
			case FULFILLED -> DetailsJobStatus.State.FULFILLED;
			case FAILED -> DetailsJobStatus.State.FAILED;
			case CANCELLED -> DetailsJobStatus.State.CANCELLED;
			case EXPIRED -> DetailsJobStatus.State.EXPIRED;
			default -> DetailsJobStatus.State.UNKNOWN;
		};
	}

	@Override
	public DetailsJobPage jobResults(GenesysClient client, String jobId, @Nullable String cursor, int pageSize) {
		if (pageSize < 1 || pageSize > MAX_JOB_PAGE_SIZE) {
			throw new IllegalArgumentException(
					"A page of job results holds 1 to " + MAX_JOB_PAGE_SIZE + " conversations, not " + pageSize);
		}
		AnalyticsConversationAsyncQueryResponse response = client
			.call(() -> client.analytics().getAnalyticsConversationsDetailsJobResults(jobId, cursor, pageSize));
		List<AnalyticsConversation> conversations = (response.getConversations() != null) ? response.getConversations()
				: List.of();
		return new DetailsJobPage(conversations.stream()
			.map((conversation) -> summary(conversation.getConversationId(), conversation.getConversationStart(),
					conversation.getConversationEnd(),
					userIds(conversation.getParticipants(), AnalyticsParticipant::getUserId)))
			.toList(), response.getCursor());
	}

	@Override
	public void deleteJob(GenesysClient client, String jobId) {
		client.call(() -> {
			client.analytics().deleteAnalyticsConversationsDetailsJob(jobId);
			return null;
		});
	}

	private static ConversationSummary summary(@Nullable String conversationId, @Nullable Date start,
			@Nullable Date end, List<String> userIds) {
		return new ConversationSummary(conversationId, (start != null) ? start.toInstant() : null,
				(end != null) ? end.toInstant() : null, userIds);
	}

	/** The query's and the job's participant classes differ; both have a user id. */
	private static <P> List<String> userIds(@Nullable List<P> participants,
			java.util.function.Function<P, @Nullable String> userId) {
		return Stream.ofNullable(participants).flatMap(List::stream).map(userId).filter(Objects::nonNull).toList();
	}

}
