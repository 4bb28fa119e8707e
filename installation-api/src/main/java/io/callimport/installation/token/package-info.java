/**
 * External API tokens: short-lived signed JWTs bound to one tenant, issued for a wizard
 * account's credentials.
 */
@NullMarked
package io.callimport.installation.token;

import org.jspecify.annotations.NullMarked;
