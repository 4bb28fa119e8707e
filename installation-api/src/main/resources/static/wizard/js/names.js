// The names of what Install creates: every one starts with the configured prefix.

export function objectNames(config) {
	return {
		role: `${config.namePrefix} – speech analytics import`,
		client: `${config.namePrefix} – speech analytics import`,
		group: `${config.namePrefix} agents`,
	};
}

/** The integration role's permissions as Genesys permission policies. */
export function rolePolicies(permissions) {
	return permissions.map((permission) => {
		const [domain, entityName, action] = permission.split(':');
		return { domain, entityName, actionSet: [action], allowConditions: false };
	});
}
