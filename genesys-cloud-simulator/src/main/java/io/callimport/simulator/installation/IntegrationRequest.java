package io.callimport.simulator.installation;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /simulator/organizations/{orgId}/integrations}: an app installed in the
 * organisation (as AppFoundry does), so its type is listed and its configuration can hold
 * notes.
 *
 * @param integrationTypeId the app's integration type
 * @param name the integration's name (default: the type id)
 */
public record IntegrationRequest(String integrationTypeId, @Nullable String name) {
}
