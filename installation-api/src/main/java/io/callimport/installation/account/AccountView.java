package io.callimport.installation.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A wizard account as the operator sees it: never its password or hash.
 *
 * @param tenantName the tenant
 * @param username the username (lower case)
 * @param createdAt when the operator created it
 * @param passwordChangedAt when its password was last set
 * @param lastSignInAt its last successful sign-in
 * @param failedSignIns failed sign-ins in a row that still count
 * @param locked whether sign-ins are refused now
 * @param lockedUntil until when, if locked
 */
public record AccountView(String tenantName, String username, Instant createdAt, Instant passwordChangedAt,
		@Nullable Instant lastSignInAt, int failedSignIns, boolean locked, @Nullable Instant lockedUntil) {
}
