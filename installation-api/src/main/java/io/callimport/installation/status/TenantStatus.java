package io.callimport.installation.status;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * {@code GET /external/v1/tenants/{tenantName}/status}: what the wizard's Summary shows.
 *
 * @param settingsVerified the tenant has Genesys settings (only settings Genesys agreed
 * with are ever stored)
 * @param agentsSynced active agents the producer synced from the group since the settings
 * last changed
 * @param socketLive the producer holding the tenant's lease has a live notification
 * socket
 * @param lastImportAt when the consumer last imported one of the tenant's calls
 * @param importedLast24h calls imported in the last 24 hours
 */
record TenantStatus(boolean settingsVerified, int agentsSynced, boolean socketLive, @Nullable Instant lastImportAt,
		long importedLast24h) {
}
