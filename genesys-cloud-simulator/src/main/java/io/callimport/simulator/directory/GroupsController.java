package io.callimport.simulator.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mypurecloud.sdk.v2.model.Group;
import com.mypurecloud.sdk.v2.model.GroupSearchCriteria;
import com.mypurecloud.sdk.v2.model.GroupSearchRequest;
import com.mypurecloud.sdk.v2.model.GroupsSearchResponse;
import com.mypurecloud.sdk.v2.model.User;
import io.callimport.simulator.auth.CallerOrganization;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedGroup;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.web.GenesysApiException;
import io.callimport.simulator.web.GenesysJson;
import io.callimport.simulator.web.GenesysMapper;
import io.callimport.simulator.web.Paging;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Groups: paged listing, one group, search by name, paged members.
 */
@RestController
@RequestMapping("/api/v2/groups")
class GroupsController {

	private final OrganizationRegistry organizations;

	GroupsController(OrganizationRegistry organizations) {
		this.organizations = organizations;
	}

	@GetMapping
	GenesysJson list(@RequestParam(required = false) @Nullable Integer pageSize,
			@RequestParam(required = false) @Nullable Integer pageNumber,
			@RequestParam(required = false) @Nullable List<String> id,
			@RequestParam(defaultValue = "ascending") String sortOrder, HttpServletRequest request) {
		Paging paging = Paging.of(pageSize, pageNumber, 25, 100);
		Comparator<SimulatedGroup> byName = Comparator
			.comparing((SimulatedGroup g) -> g.name().toLowerCase(Locale.ROOT));
		List<Group> groups = CallerOrganization.of(this.organizations, request)
			.directory()
			.groups()
			.stream()
			.filter((group) -> id == null || id.contains(group.id()))
			.sorted("descending".equalsIgnoreCase(sortOrder) ? byName.reversed() : byName)
			.map(DirectoryModels::group)
			.toList();
		return GenesysJson.of(DirectoryModels.groups(groups, paging, "/api/v2/groups"));
	}

	@GetMapping("/{groupId}")
	GenesysJson group(@PathVariable String groupId, HttpServletRequest request) {
		return GenesysJson.of(DirectoryModels.group(find(CallerOrganization.of(this.organizations, request), groupId)));
	}

	@PostMapping("/search")
	GenesysJson search(@RequestBody String body, HttpServletRequest request) {
		GroupSearchRequest search = parse(body);
		List<GroupSearchCriteria> criteria = (search.getQuery() != null) ? search.getQuery() : List.of();
		if (criteria.isEmpty()) {
			throw GenesysApiException.badRequest("query must hold at least one criterion");
		}
		Paging paging = Paging.of(search.getPageSize(), search.getPageNumber(), 25, 100);
		List<Group> results = CallerOrganization.of(this.organizations, request)
			.directory()
			.groups()
			.stream()
			.filter((group) -> criteria.stream().allMatch((c) -> GroupSearch.matches(c, group)))
			.map(DirectoryModels::group)
			.toList();
		return GenesysJson.of(new GroupsSearchResponse().results(paging.page(results))
			.total((long) results.size())
			.pageCount(paging.pageCount(results.size()))
			.pageSize(paging.pageSize())
			.pageNumber(paging.pageNumber()));
	}

	@GetMapping("/{groupId}/members")
	GenesysJson members(@PathVariable String groupId, @RequestParam(required = false) @Nullable Integer pageSize,
			@RequestParam(required = false) @Nullable Integer pageNumber,
			@RequestParam(defaultValue = "ascending") String sortOrder,
			@RequestParam(required = false) @Nullable List<String> expand, HttpServletRequest request) {
		Paging paging = Paging.of(pageSize, pageNumber, 25, 100);
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		Comparator<User> byName = Comparator.comparing((User u) -> u.getName().toLowerCase(Locale.ROOT));
		List<User> members = find(org, groupId).memberIds()
			.stream()
			.flatMap((userId) -> org.directory().user(userId).stream())
			.map(DirectoryModels::user)
			.sorted("descending".equalsIgnoreCase(sortOrder) ? byName.reversed() : byName)
			.toList();
		return GenesysJson.of(DirectoryModels.users(members, paging, "/api/v2/groups/" + groupId + "/members"));
	}

	private static SimulatedGroup find(SimulatedOrganization org, String groupId) {
		return org.directory().group(groupId).orElseThrow(() -> GenesysApiException.notFound("Group " + groupId));
	}

	private static GroupSearchRequest parse(String body) {
		try {
			return GenesysMapper.get().readValue(body, GroupSearchRequest.class);
		}
		catch (JsonProcessingException ex) {
			throw GenesysApiException.badRequest("The request body is not a group search: " + ex.getOriginalMessage());
		}
	}

}
