package io.callimport.simulator.organization;

/**
 * An organisation was deleted or replaced: its tokens, channels, calls and traffic go.
 */
public record OrganizationRemoved(String organizationId) {
}
