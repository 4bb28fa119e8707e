package io.callimport.model.settings;

/**
 * What a tenant id looks like, wherever one is named (a producer's {@code TENANT_ID}, a
 * wizard account's tenant name): letters, digits, dot, dash and underscore, as it becomes
 * part of object keys.
 */
public final class TenantIds {

	/** The pattern of a tenant id. */
	public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,62}";

	private TenantIds() {
	}

}
