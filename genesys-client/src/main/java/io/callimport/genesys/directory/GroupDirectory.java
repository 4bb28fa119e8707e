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
 * Reads the tenant's group from Genesys: the group itself, by id or by exact name, and
 * every page of its members. Shared by the producer (agent sync, reconciliation) and the
 * check of submitted settings.
 */
public class GroupDirectory {

	/**
	 * A group of more members than this many pages is refused rather than paged forever.
	 */
	private static final int MAX_PAGES = 1000;

	private static final int SEARCH_PAGE_SIZE = 100;

	/**
	 * The group by id, or by exact name when no id is given.
	 * @throws GroupNotFoundException when the id is unknown, or the name matches no group
	 * or several
	 * @throws GenesysException for any other Genesys failure
	 */
	public Group resolve(GenesysClient client, @Nullable String groupId, @Nullable String groupName) {
		if (groupId != null) {
			return byId(client, groupId);
		}
		if (groupName == null) {
			throw new IllegalArgumentException("A group id or a group name is required");
		}
		return byName(client, groupName);
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

	/** Every member of the group, all pages. */
	public List<User> members(GenesysClient client, String groupId, int pageSize) {
		return members(client, groupId, pageSize, new AtomicInteger());
	}

	/**
	 * Every member of the group, all pages.
	 * @param requests counts the Genesys requests made
	 */
	public List<User> members(GenesysClient client, String groupId, int pageSize, AtomicInteger requests) {
		List<User> members = new ArrayList<>();
		for (int page = 1; page <= MAX_PAGES; page++) {
			int pageNumber = page;
			requests.incrementAndGet();
			UserEntityListing listing = client
				.call(() -> client.groups().getGroupMembers(groupId, pageSize, pageNumber, null, null));
			List<User> entities = (listing.getEntities() != null) ? listing.getEntities() : List.of();
			members.addAll(entities);
			Integer pageCount = listing.getPageCount();
			if (entities.isEmpty() || pageCount == null || pageNumber >= pageCount) {
				return members;
			}
		}
		throw new IllegalStateException("Group " + groupId + " has more than " + MAX_PAGES + " pages of members");
	}

	/** The group the settings name does not exist, or a name is ambiguous. */
	public static class GroupNotFoundException extends RuntimeException {

		GroupNotFoundException(String message) {
			super(message);
		}

	}

}
