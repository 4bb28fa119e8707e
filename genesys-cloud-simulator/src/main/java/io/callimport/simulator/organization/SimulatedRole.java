package io.callimport.simulator.organization;

import java.time.Instant;
import java.util.List;

/**
 * An authorization role of an organisation.
 *
 * @param id the role id
 * @param name its name (unique in the organisation, ignoring case)
 * @param description its description
 * @param permissions the permissions it grants ({@code domain:entity:action})
 * @param seeded whether the simulator made it (an administrator's own role) rather than
 * an API call
 * @param createdAt when it was created
 */
public record SimulatedRole(String id, String name, String description, List<String> permissions, boolean seeded,
		Instant createdAt) {

	public SimulatedRole {
		permissions = List.copyOf(permissions);
	}

}
