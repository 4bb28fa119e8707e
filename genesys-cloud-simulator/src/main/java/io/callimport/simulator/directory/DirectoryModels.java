package io.callimport.simulator.directory;

import java.util.Date;
import java.util.List;
import java.util.Map;

import com.mypurecloud.sdk.v2.model.Division;
import com.mypurecloud.sdk.v2.model.Group;
import com.mypurecloud.sdk.v2.model.User;
import com.mypurecloud.sdk.v2.model.UserEntityListing;
import com.mypurecloud.sdk.v2.model.GroupEntityListing;
import io.callimport.simulator.organization.SimulatedGroup;
import io.callimport.simulator.organization.SimulatedUser;
import io.callimport.simulator.web.GenesysMapper;
import io.callimport.simulator.web.Paging;

/**
 * Directory entities as the SDK models them.
 */
final class DirectoryModels {

	private DirectoryModels() {
	}

	static Group group(SimulatedGroup group) {
		return GenesysMapper
			.withReadOnly(new Group(),
					Map.of("id", group.id(), "memberCount", group.memberIds().size(), "version", group.version(),
							"dateModified", Date.from(group.dateModified()), "selfUri", "/api/v2/groups/" + group.id(),
							"state", "active"))
			.name(group.name())
			.description("Simulated group " + group.name())
			.type(Group.TypeEnum.OFFICIAL)
			.visibility(Group.VisibilityEnum.PUBLIC)
			.rulesVisible(true);
	}

	static User user(SimulatedUser user) {
		Division division = GenesysMapper
			.withReadOnly(new Division(),
					Map.of("id", user.divisionId(), "selfUri", "/api/v2/authorization/divisions/" + user.divisionId()))
			.name("Home");
		return GenesysMapper
			.withReadOnly(new User(),
					Map.of("id", user.id(), "selfUri", "/api/v2/users/" + user.id(), "state", "active"))
			.name(user.name())
			.email(user.email())
			.username(user.email())
			.department(user.department())
			.title(user.title())
			.division(division)
			.version(1)
			.acdAutoAnswer(false);
	}

	static GroupEntityListing groups(List<Group> all, Paging paging, String path) {
		int total = all.size();
		return new GroupEntityListing().entities(paging.page(all))
			.pageSize(paging.pageSize())
			.pageNumber(paging.pageNumber())
			.total((long) total)
			.pageCount(paging.pageCount(total))
			.firstUri(paging.uri(path, 1))
			.lastUri(paging.uri(path, Math.max(1, paging.pageCount(total))))
			.selfUri(paging.uri(path, paging.pageNumber()))
			.nextUri(paging.nextUri(path, total))
			.previousUri(paging.previousUri(path));
	}

	static UserEntityListing users(List<User> all, Paging paging, String path) {
		int total = all.size();
		return new UserEntityListing().entities(paging.page(all))
			.pageSize(paging.pageSize())
			.pageNumber(paging.pageNumber())
			.total((long) total)
			.pageCount(paging.pageCount(total))
			.firstUri(paging.uri(path, 1))
			.lastUri(paging.uri(path, Math.max(1, paging.pageCount(total))))
			.selfUri(paging.uri(path, paging.pageNumber()))
			.nextUri(paging.nextUri(path, total))
			.previousUri(paging.previousUri(path));
	}

}
