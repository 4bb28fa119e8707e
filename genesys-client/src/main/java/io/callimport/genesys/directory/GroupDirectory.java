package io.callimport.genesys.directory;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.failure.GenesysException;

/**
 * The tenant's group in Genesys: the group itself, by id or by exact name, and every page
 * of its members. Shared by the producer (agent sync, reconciliation) and the check of
 * submitted settings. Requests go through the given client (its lane and budget).
 */
public interface GroupDirectory {

	/** The implementation on the Genesys SDK. */
	static GroupDirectory overSdk() {
		return new SdkGroupDirectory();
	}

	/**
	 * The group by id, or by exact name when no id is given.
	 * @throws GroupNotFoundException when the id is unknown, or the name matches no group
	 * or several
	 * @throws GenesysException for any other Genesys failure
	 */
	DirectoryGroup resolve(GenesysClient client, @Nullable String groupId, @Nullable String groupName);

	/**
	 * Every member of the group that has an id, all pages, deleted users included.
	 * @param requests counts the Genesys requests made
	 * @throws IllegalStateException when the group has more than 1000 pages of members
	 */
	List<GroupMember> members(GenesysClient client, String groupId, int pageSize, AtomicInteger requests);

	/** Every member of the group that has an id, all pages, deleted users included. */
	default List<GroupMember> members(GenesysClient client, String groupId, int pageSize) {
		return members(client, groupId, pageSize, new AtomicInteger());
	}

	/** The group the settings name does not exist, or a name is ambiguous. */
	class GroupNotFoundException extends RuntimeException {

		public GroupNotFoundException(String message) {
			super(message);
		}

	}

}
