package io.callimport.simulator.installation;

/**
 * An administrator made by the control API.
 *
 * @param organizationId their organisation
 * @param userId their user id
 * @param name their name
 * @param email what they sign in with
 */
public record AdminCreated(String organizationId, String userId, String name, String email) {
}
