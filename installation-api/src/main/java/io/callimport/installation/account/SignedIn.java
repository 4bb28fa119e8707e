package io.callimport.installation.account;

/**
 * A successful sign-in.
 *
 * @param tenantName the tenant the account belongs to
 * @param username the account's username
 */
public record SignedIn(String tenantName, String username) {
}
