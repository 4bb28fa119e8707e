package io.callimport.simulator.organization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import io.callimport.simulator.control.OrganizationScenario;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's users and groups, and the membership of the scenario's group.
 * Thread-safe: every change happens under this object's lock.
 */
public final class OrganizationDirectory {

	private final IdSource ids;

	private final String domain;

	private final String divisionId;

	private final String groupId;

	private final Map<String, SimulatedUser> users = new LinkedHashMap<>();

	private final Map<String, SimulatedGroup> groups = new LinkedHashMap<>();

	private final List<String> outsideUserIds = new ArrayList<>();

	private final List<String> createdGroupIds = new ArrayList<>();

	OrganizationDirectory(OrganizationScenario scenario, IdSource ids, String domain, String divisionId, Instant now) {
		this.ids = ids;
		this.domain = domain;
		this.divisionId = divisionId;
		String requestedGroupId = scenario.group().id();
		this.groupId = (requestedGroupId != null) ? requestedGroupId : ids.uuid();
		List<String> agents = IntStream.rangeClosed(1, scenario.group().agents())
			.mapToObj((n) -> addUser("Agent", n).id())
			.toList();
		this.groups.put(this.groupId, new SimulatedGroup(this.groupId, scenario.group().name(), agents, 1, now));
		for (int n = 1; n <= scenario.extraGroups(); n++) {
			String extraId = ids.uuid();
			this.groups.put(extraId, new SimulatedGroup(extraId, "Team " + n, List.of(), 1, now));
		}
		IntStream.rangeClosed(1, scenario.usersOutsideGroup())
			.forEach((n) -> this.outsideUserIds.add(addUser("User", n).id()));
	}

	private SimulatedUser addUser(String kind, int number) {
		String userId = this.ids.uuid();
		String handle = kind.toLowerCase(Locale.ROOT) + "." + number + "." + userId.substring(0, 8);
		SimulatedUser user = new SimulatedUser(userId, kind + " " + number, handle + "@" + this.domain, "Customer Care",
				kind.equals("Agent") ? "Contact Center Agent" : "Back Office", this.divisionId);
		this.users.put(userId, user);
		return user;
	}

	public String groupId() {
		return this.groupId;
	}

	/**
	 * A user outside every group who takes no random calls (an administrator); the id is
	 * random, so the seeded ids stay as they were.
	 */
	public synchronized SimulatedUser addStaff(String name, String email) {
		String userId = java.util.UUID.randomUUID().toString();
		SimulatedUser user = new SimulatedUser(userId, name, email, "IT", "Administrator", this.divisionId);
		this.users.put(userId, user);
		return user;
	}

	public synchronized List<SimulatedUser> users() {
		return List.copyOf(this.users.values());
	}

	/**
	 * A group created through the API.
	 * @throws IllegalStateException when a group of that name exists (409)
	 */
	public synchronized SimulatedGroup createGroup(String name, Instant now) {
		boolean taken = this.groups.values().stream().anyMatch((group) -> group.name().equalsIgnoreCase(name));
		if (taken) {
			throw new IllegalStateException("A group named '" + name + "' already exists");
		}
		String id = java.util.UUID.randomUUID().toString();
		SimulatedGroup group = new SimulatedGroup(id, name, List.of(), 1, now);
		this.groups.put(id, group);
		this.createdGroupIds.add(id);
		return group;
	}

	/**
	 * Deletes a group; the scenario's group stays (it is what traffic and ground truth
	 * are about).
	 */
	public synchronized boolean deleteGroup(String id) {
		if (id.equals(this.groupId)) {
			throw new IllegalStateException("The simulator does not delete the scenario's group " + id);
		}
		this.createdGroupIds.remove(id);
		return this.groups.remove(id) != null;
	}

	/** The groups created through the API, oldest first. */
	public synchronized List<SimulatedGroup> createdGroups() {
		return this.createdGroupIds.stream().map(this.groups::get).toList();
	}

	/**
	 * Adds members to any group, if {@code version} (when given) is its current one.
	 * @throws IllegalStateException for another version (409)
	 * @throws IllegalArgumentException for an unknown user
	 */
	public synchronized SimulatedGroup addMembersTo(String id, List<String> userIds, @Nullable Integer version,
			Instant now) {
		if (id.equals(this.groupId)) {
			addMembers(userIds, 0, now);
			return targetGroup();
		}
		SimulatedGroup group = group(id).orElseThrow(() -> new IllegalArgumentException("Unknown group " + id));
		if (version != null && version != group.version()) {
			throw new IllegalStateException(
					"The group's version is " + group.version() + ", not " + version + ": read the group first");
		}
		List<String> members = new ArrayList<>(group.memberIds());
		for (String userId : userIds) {
			if (!this.users.containsKey(userId)) {
				throw new IllegalArgumentException("Unknown user " + userId);
			}
			if (!members.contains(userId)) {
				members.add(userId);
			}
		}
		SimulatedGroup updated = group.withMembers(members, now);
		this.groups.put(id, updated);
		return updated;
	}

	public synchronized Optional<SimulatedUser> user(String userId) {
		return Optional.ofNullable(this.users.get(userId));
	}

	public synchronized List<String> outsideUserIds() {
		return List.copyOf(this.outsideUserIds);
	}

	public synchronized List<SimulatedGroup> groups() {
		return List.copyOf(this.groups.values());
	}

	public synchronized Optional<SimulatedGroup> group(String id) {
		return Optional.ofNullable(this.groups.get(id));
	}

	/** The scenario's group, whose members are the agents. */
	public synchronized SimulatedGroup targetGroup() {
		return this.groups.get(this.groupId);
	}

	public synchronized boolean isGroupMember(String userId) {
		return targetGroup().memberIds().contains(userId);
	}

	/**
	 * Adds existing users and {@code create} new ones to the group; returns those added.
	 */
	public synchronized List<String> addMembers(List<String> userIds, int create, Instant now) {
		List<String> members = new ArrayList<>(targetGroup().memberIds());
		List<String> added = new ArrayList<>();
		for (String userId : userIds) {
			if (!this.users.containsKey(userId)) {
				throw new IllegalArgumentException("Unknown user " + userId);
			}
			if (!members.contains(userId)) {
				members.add(userId);
				added.add(userId);
			}
		}
		int next = this.users.size() + 1;
		for (int n = 0; n < create; n++) {
			String userId = addUser("Agent", next + n).id();
			members.add(userId);
			added.add(userId);
		}
		this.outsideUserIds.removeAll(added);
		this.groups.put(this.groupId, targetGroup().withMembers(members, now));
		return added;
	}

	/** Removes a member; the user stays in the organisation. */
	public synchronized boolean removeMember(String userId, Instant now) {
		List<String> members = new ArrayList<>(targetGroup().memberIds());
		if (!members.remove(userId)) {
			return false;
		}
		this.outsideUserIds.add(userId);
		this.groups.put(this.groupId, targetGroup().withMembers(members, now));
		return true;
	}

	/** A random user for a call: a group member unless {@code outside}, or nobody. */
	public synchronized @Nullable String randomUser(boolean outside) {
		List<String> pool = outside ? this.outsideUserIds : targetGroup().memberIds();
		if (pool.isEmpty()) {
			pool = outside ? targetGroup().memberIds() : this.outsideUserIds;
		}
		return pool.isEmpty() ? null : pool.get(this.ids.nextInt(pool.size()));
	}

}
