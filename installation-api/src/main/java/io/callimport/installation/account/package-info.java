/**
 * Tenant wizard accounts: created by the operator, stored with a password hash, signed in
 * to with a lock-out after repeated failures.
 */
@NullMarked
package io.callimport.installation.account;

import org.jspecify.annotations.NullMarked;
