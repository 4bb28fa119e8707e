package io.callimport.producer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.directory.DirectoryGroup;
import io.callimport.genesys.directory.GroupDirectory;
import io.callimport.genesys.directory.GroupMember;

/**
 * One Genesys group, its members set by the test; counts one request per resolve and per
 * page of members, as Genesys would.
 */
public final class FakeGroupDirectory implements GroupDirectory {

	private final DirectoryGroup group;

	private List<GroupMember> members = List.of();

	private int requests;

	public FakeGroupDirectory(String groupId, String groupName) {
		this.group = new DirectoryGroup(groupId, groupName);
	}

	public static GroupMember active(String userId) {
		return new GroupMember(userId, "Agent " + userId, userId + "@example.com", "Sales", "division-1", "active");
	}

	public static GroupMember deleted(String userId) {
		return new GroupMember(userId, "Agent " + userId, null, null, null, "deleted");
	}

	public void members(GroupMember... members) {
		this.members = List.of(members);
	}

	public int requests() {
		return this.requests;
	}

	@Override
	public DirectoryGroup resolve(GenesysClient client, @Nullable String groupId, @Nullable String groupName) {
		this.requests++;
		if (this.group.id().equals(groupId) || (groupId == null && this.group.name().equals(groupName))) {
			return this.group;
		}
		throw new GroupNotFoundException("no group " + groupId + " / " + groupName);
	}

	@Override
	public List<GroupMember> members(GenesysClient client, String groupId, int pageSize, AtomicInteger requests) {
		if (!this.group.id().equals(groupId)) {
			throw new GroupNotFoundException("no group " + groupId);
		}
		List<GroupMember> all = new ArrayList<>();
		int pages = Math.max(1, (this.members.size() + pageSize - 1) / pageSize);
		for (int page = 0; page < pages; page++) {
			this.requests++;
			requests.incrementAndGet();
			all.addAll(this.members.subList(page * pageSize, Math.min((page + 1) * pageSize, this.members.size())));
		}
		return all;
	}

}
