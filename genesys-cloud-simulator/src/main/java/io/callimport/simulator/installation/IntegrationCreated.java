package io.callimport.simulator.installation;

/**
 * An installed integration.
 *
 * @param integrationId its id
 * @param integrationTypeId its type
 * @param name its name
 */
public record IntegrationCreated(String integrationId, String integrationTypeId, String name) {
}
