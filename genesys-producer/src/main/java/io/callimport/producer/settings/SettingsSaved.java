package io.callimport.producer.settings;

/**
 * A tenant's Genesys settings were saved through this replica.
 *
 * @param tenantId the tenant
 * @param revision the new revision
 */
public record SettingsSaved(String tenantId, long revision) {
}
