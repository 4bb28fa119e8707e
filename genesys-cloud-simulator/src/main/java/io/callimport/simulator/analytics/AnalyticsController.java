package io.callimport.simulator.analytics;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationQueryResponse;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributesMultiGetResponse;
import com.mypurecloud.sdk.v2.model.ConversationQuery;
import io.callimport.simulator.auth.CallerOrganization;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.web.GenesysApiException;
import io.callimport.simulator.web.GenesysJson;
import io.callimport.simulator.web.GenesysMapper;
import io.callimport.simulator.web.Paging;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Conversation details: one, several by id, and the paged query.
 */
@RestController
@RequestMapping("/api/v2/analytics/conversations")
class AnalyticsController {

	private final AnalyticsView view;

	private final OrganizationRegistry organizations;

	AnalyticsController(AnalyticsView view, OrganizationRegistry organizations) {
		this.view = view;
		this.organizations = organizations;
	}

	@GetMapping("/{conversationId}/details")
	GenesysJson one(@PathVariable String conversationId, HttpServletRequest request) {
		return GenesysJson.of(this.view.details(CallerOrganization.of(this.organizations, request), conversationId)
			.orElseThrow(() -> GenesysApiException.notFound("Conversation " + conversationId)));
	}

	@GetMapping("/details")
	GenesysJson several(@RequestParam List<String> id, HttpServletRequest request) {
		if (id.size() > 100) {
			throw GenesysApiException.badRequest("At most 100 conversation ids per request, got " + id.size());
		}
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		List<AnalyticsConversationWithoutAttributes> found = id.stream()
			.distinct()
			.flatMap((conversationId) -> this.view.details(org, conversationId).stream())
			.toList();
		return GenesysJson.of(new AnalyticsConversationWithoutAttributesMultiGetResponse().conversations(found));
	}

	@PostMapping("/details/query")
	GenesysJson query(@RequestBody String body, HttpServletRequest request) {
		ConversationQuery query = parse(body);
		DetailsQuery rules = DetailsQuery.of(query.getInterval(), Queries.segmentFilters(query.getSegmentFilters()),
				Queries.conversationFilters(query.getConversationFilters()), query.getOrder(), query.getOrderBy(),
				true);
		Paging paging = (query.getPaging() != null)
				? Paging.of(query.getPaging().getPageSize(), query.getPaging().getPageNumber(), 25, 100)
				: Paging.of(null, null, 25, 100);
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		java.time.Instant asOf = this.view.asOf(org);
		List<AnalyticsConversationWithoutAttributes> matching = this.view.visible(org)
			.stream()
			.filter((conversation) -> rules.startDayTouched(conversation.start()))
			.map((conversation) -> ConversationDetails.of(conversation, asOf))
			.filter(rules::matches)
			.sorted(rules.order())
			.toList();
		List<AnalyticsConversationWithoutAttributes> page = paging.page(matching);
		return GenesysJson.of(new AnalyticsConversationQueryResponse().conversations(page.isEmpty() ? null : page)
			.totalHits(matching.size()));
	}

	private static ConversationQuery parse(String body) {
		try {
			return GenesysMapper.get().readValue(body, ConversationQuery.class);
		}
		catch (JsonProcessingException ex) {
			throw GenesysApiException
				.badRequest("The request body is not a conversation query: " + ex.getOriginalMessage());
		}
	}

}
