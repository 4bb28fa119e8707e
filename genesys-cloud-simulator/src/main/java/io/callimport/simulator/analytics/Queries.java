package io.callimport.simulator.analytics;

import java.util.List;

import com.mypurecloud.sdk.v2.model.ConversationDetailQueryFilter;
import com.mypurecloud.sdk.v2.model.SegmentDetailQueryFilter;
import org.jspecify.annotations.Nullable;

/**
 * Converts the SDK's filter lists.
 */
final class Queries {

	private Queries() {
	}

	static List<QueryFilter> segmentFilters(@Nullable List<SegmentDetailQueryFilter> filters) {
		return (filters != null) ? filters.stream().map(QueryFilter::of).toList() : List.of();
	}

	static List<QueryFilter> conversationFilters(@Nullable List<ConversationDetailQueryFilter> filters) {
		return (filters != null) ? filters.stream().map(QueryFilter::of).toList() : List.of();
	}

}
