package io.callimport.simulator.directory;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mypurecloud.sdk.v2.model.Empty;
import com.mypurecloud.sdk.v2.model.GroupCreate;
import com.mypurecloud.sdk.v2.model.GroupMembersUpdate;
import io.callimport.simulator.auth.CallerOrganization;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.web.GenesysApiException;
import io.callimport.simulator.web.GenesysJson;
import io.callimport.simulator.web.GenesysMapper;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changing groups: create ({@code POST /api/v2/groups}), delete, add members ({@code POST
 * …/{groupId}/members {memberIds ≤ 50, version}}, 202). A created group is an ordinary
 * group: listed, searched and paged like the others.
 */
@RestController
class GroupAdminController {

	private static final int MAX_MEMBERS_PER_REQUEST = 50;

	private final OrganizationRegistry organizations;

	private final Clock clock;

	GroupAdminController(OrganizationRegistry organizations, Clock clock) {
		this.organizations = organizations;
		this.clock = clock;
	}

	@PostMapping("/api/v2/groups")
	GenesysJson create(@RequestBody String body, HttpServletRequest request) {
		GroupCreate group = parse(body, GroupCreate.class);
		if (group.getName() == null || group.getName().isBlank()) {
			throw GenesysApiException.badRequest("A group needs a name");
		}
		if (group.getType() == null || group.getVisibility() == null) {
			throw GenesysApiException.badRequest("A group needs a type and a visibility");
		}
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		return GenesysJson
			.of(DirectoryModels.group(org.directory().createGroup(group.getName().trim(), this.clock.instant())));
	}

	@DeleteMapping("/api/v2/groups/{groupId}")
	ResponseEntity<Void> delete(@PathVariable String groupId, HttpServletRequest request) {
		if (!CallerOrganization.of(this.organizations, request).directory().deleteGroup(groupId)) {
			throw GenesysApiException.notFound("Group " + groupId);
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v2/groups/{groupId}/members")
	ResponseEntity<GenesysJson> addMembers(@PathVariable String groupId, @RequestBody String body,
			HttpServletRequest request) {
		GroupMembersUpdate update = parse(body, GroupMembersUpdate.class);
		List<String> memberIds = (update.getMemberIds() != null) ? update.getMemberIds() : List.of();
		if (memberIds.isEmpty() || memberIds.size() > MAX_MEMBERS_PER_REQUEST) {
			throw GenesysApiException.badRequest("memberIds must hold 1 to " + MAX_MEMBERS_PER_REQUEST + " user ids");
		}
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		if (org.directory().group(groupId).isEmpty()) {
			throw GenesysApiException.notFound("Group " + groupId);
		}
		org.directory().addMembersTo(groupId, memberIds, update.getVersion(), this.clock.instant());
		return ResponseEntity.accepted().body(GenesysJson.of(new Empty()));
	}

	@DeleteMapping("/api/v2/groups/{groupId}/members")
	ResponseEntity<GenesysJson> removeMembers(@PathVariable String groupId,
			@org.springframework.web.bind.annotation.RequestParam String ids, HttpServletRequest request) {
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		if (org.directory().group(groupId).isEmpty()) {
			throw GenesysApiException.notFound("Group " + groupId);
		}
		if (groupId.equals(org.groupId())) {
			Arrays.stream(ids.split(","))
				.forEach((id) -> org.directory().removeMember(id.trim(), this.clock.instant()));
		}
		else {
			throw GenesysApiException.badRequest("The simulator removes members from the scenario's group only");
		}
		return ResponseEntity.accepted().body(GenesysJson.of(new Empty()));
	}

	private static <T> T parse(String body, Class<T> type) {
		try {
			return GenesysMapper.get().readValue(body, type);
		}
		catch (JsonProcessingException ex) {
			throw GenesysApiException
				.badRequest("The request body is not a " + type.getSimpleName() + ": " + ex.getOriginalMessage());
		}
	}

}
