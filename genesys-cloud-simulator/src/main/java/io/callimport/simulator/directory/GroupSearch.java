package io.callimport.simulator.directory;

import java.util.List;
import java.util.Locale;

import com.mypurecloud.sdk.v2.model.GroupSearchCriteria;
import io.callimport.simulator.organization.SimulatedGroup;
import io.callimport.simulator.web.GenesysApiException;

/**
 * Search criteria on groups: {@code EXACT}, {@code STARTS_WITH} and {@code CONTAINS} on
 * {@code name} or {@code id}, case-insensitive.
 */
final class GroupSearch {

	private GroupSearch() {
	}

	static boolean matches(GroupSearchCriteria criterion, SimulatedGroup group) {
		List<String> fields = (criterion.getFields() != null) ? criterion.getFields() : List.of("name");
		String value = criterion.getValue();
		if (value == null || criterion.getType() == null) {
			throw GenesysApiException.badRequest("A search criterion needs a type and a value");
		}
		String type = criterion.getType().toString();
		String wanted = value.toLowerCase(Locale.ROOT);
		return fields.stream().anyMatch((field) -> {
			String actual = switch (field) {
				case "name" -> group.name();
				case "id" -> group.id();
				default -> throw GenesysApiException.badRequest("Unsupported search field " + field);
			};
			String have = actual.toLowerCase(Locale.ROOT);
			return switch (type) {
				case "EXACT" -> have.equals(wanted);
				case "STARTS_WITH" -> have.startsWith(wanted);
				case "CONTAINS" -> have.contains(wanted);
				default -> throw GenesysApiException.badRequest("Unsupported search type " + type);
			};
		});
	}

}
