package io.callimport.genesys.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.mypurecloud.sdk.v2.model.Group;
import com.mypurecloud.sdk.v2.model.GroupSearchCriteria;
import com.mypurecloud.sdk.v2.model.GroupSearchRequest;
import com.mypurecloud.sdk.v2.model.GroupsSearchResponse;
import com.mypurecloud.sdk.v2.model.User;
import com.mypurecloud.sdk.v2.model.UserEntityListing;
import org.jspecify.annotations.Nullable;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailureKind;

/**
 * The {@link GroupDirectory} on the SDK's groups API.
 */
final class SdkGroupDirectory implements GroupDirectory {

	/**
	 * A group of more members than this many pages is refused rather than paged forever.
	 */
	private static final int MAX_PAGES = 1000;

	private static final int SEARCH_PAGE_SIZE = 100;

	@Override
	public DirectoryGroup resolve(GenesysClient client, @Nullable String groupId, @Nullable String groupName) {
		if (groupId != null) {
			return group(byId(client, groupId));
		}
		if (groupName == null) {
			throw new IllegalArgumentException("A group id or a group name is required");
		}
		return group(byName(client, groupName));
	}

	private Group byId(GenesysClient client, String groupId) {
		try {
			return client.call(() -> client.groups().getGroup(groupId));
		}
		catch (GenesysException ex) {
			if (ex.kind() == GenesysFailureKind.NOT_FOUND) {
				throw new GroupNotFoundException("Genesys has no group with id '" + groupId + "'");
			}
			throw ex;
		}
	}

	private Group byName(GenesysClient client, String groupName) {
		GroupSearchCriteria exactName = new GroupSearchCriteria().fields(List.of("name"))
			.value(groupName)
			.type(GroupSearchCriteria.TypeEnum.EXACT);
		GroupSearchRequest request = new GroupSearchRequest().pageSize(SEARCH_PAGE_SIZE)
			.pageNumber(1)
			.query(List.of(exactName));
		GroupsSearchResponse response = client.call(() -> client.groups().postGroupsSearch(request));
		List<Group> results = (response.getResults() != null) ? response.getResults() : List.of();
		if (results.isEmpty()) {
			throw new GroupNotFoundException("Genesys has no group named '" + groupName + "'");
		}
		if (results.size() > 1) {
			throw new GroupNotFoundException("Genesys has " + results.size() + " groups named '" + groupName + "' (ids "
					+ results.stream().map(Group::getId).toList() + "); set groupId instead");
		}
		return results.get(0);
	}

	private static DirectoryGroup group(Group group) {
		if (group.getId() == null) {
			throw new IllegalStateException("Genesys returned a group without id");
		}
		return new DirectoryGroup(group.getId(), group.getName());
	}

	@Override
	public List<GroupMember> members(GenesysClient client, String groupId, int pageSize, AtomicInteger requests) {
		List<GroupMember> members = new ArrayList<>();
		for (int page = 1; page <= MAX_PAGES; page++) {
			int pageNumber = page;
			requests.incrementAndGet();
			UserEntityListing listing = client
				.call(() -> client.groups().getGroupMembers(groupId, pageSize, pageNumber, null, null));
			List<User> entities = (listing.getEntities() != null) ? listing.getEntities() : List.of();
			// a user without id cannot be an agent; Genesys always sends one
			entities.stream()
				.filter((user) -> user.getId() != null)
				.map(SdkGroupDirectory::member)
				.forEach(members::add);
			Integer pageCount = listing.getPageCount();
			if (entities.isEmpty() || pageCount == null || pageNumber >= pageCount) {
				return members;
			}
		}
		throw new IllegalStateException("Group " + groupId + " has more than " + MAX_PAGES + " pages of members");
	}

	private static GroupMember member(User user) {
		return new GroupMember(user.getId(), user.getName(), user.getEmail(), user.getDepartment(),
				(user.getDivision() != null) ? user.getDivision().getId() : null,
				(user.getState() != null) ? user.getState().toString() : null);
	}

}
