package io.callimport.simulator.organization;

/**
 * A user of a simulated organisation.
 */
public record SimulatedUser(String id, String name, String email, String department, String title, String divisionId) {
}
