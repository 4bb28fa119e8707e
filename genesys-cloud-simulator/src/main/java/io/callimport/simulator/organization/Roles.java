package io.callimport.simulator.organization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An organisation's authorization roles and which users hold them. Thread-safe.
 */
public final class Roles {

	private final Map<String, SimulatedRole> roles = new LinkedHashMap<>();

	private final Map<String, Set<String>> grants = new LinkedHashMap<>();

	/**
	 * @throws IllegalStateException when a role of that name exists (409)
	 */
	public synchronized SimulatedRole create(String name, String description, List<String> permissions, boolean seeded,
			Instant now) {
		requireUniqueName(name, null);
		SimulatedRole role = new SimulatedRole(UUID.randomUUID().toString(), name, description, permissions, seeded,
				now);
		this.roles.put(role.id(), role);
		return role;
	}

	public synchronized SimulatedRole update(String roleId, String name, String description, List<String> permissions) {
		SimulatedRole current = find(roleId).orElseThrow(() -> new IllegalArgumentException("Unknown role " + roleId));
		requireUniqueName(name, roleId);
		SimulatedRole updated = new SimulatedRole(roleId, name, description, permissions, current.seeded(),
				current.createdAt());
		this.roles.put(roleId, updated);
		return updated;
	}

	public synchronized Optional<SimulatedRole> find(String roleId) {
		return Optional.ofNullable(this.roles.get(roleId));
	}

	public synchronized List<SimulatedRole> all() {
		return List.copyOf(this.roles.values());
	}

	/** Deletes the role; its holders lose it. */
	public synchronized boolean delete(String roleId) {
		this.grants.values().forEach((held) -> held.remove(roleId));
		return this.roles.remove(roleId) != null;
	}

	public synchronized void grant(String roleId, List<String> userIds) {
		if (!this.roles.containsKey(roleId)) {
			throw new IllegalArgumentException("Unknown role " + roleId);
		}
		userIds.forEach((userId) -> this.grants.computeIfAbsent(userId, (id) -> new LinkedHashSet<>()).add(roleId));
	}

	/** The roles a user holds, in the order they were granted. */
	public synchronized List<SimulatedRole> of(String userId) {
		return this.grants.getOrDefault(userId, Set.of())
			.stream()
			.map(this.roles::get)
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	/** The users who hold a role. */
	public synchronized List<String> holders(String roleId) {
		List<String> holders = new ArrayList<>();
		this.grants.forEach((userId, held) -> {
			if (held.contains(roleId)) {
				holders.add(userId);
			}
		});
		return holders;
	}

	/** Every permission of the given roles. */
	public synchronized Set<String> permissions(List<String> roleIds) {
		Set<String> permissions = new LinkedHashSet<>();
		roleIds.stream()
			.map(this.roles::get)
			.filter(java.util.Objects::nonNull)
			.forEach((role) -> permissions.addAll(role.permissions()));
		return permissions;
	}

	private void requireUniqueName(String name, String exceptId) {
		boolean taken = this.roles.values()
			.stream()
			.anyMatch((role) -> role.name().equalsIgnoreCase(name) && !role.id().equals(exceptId));
		if (taken) {
			throw new IllegalStateException("A role named '" + name + "' already exists");
		}
	}

}
