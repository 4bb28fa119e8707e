/**
 * OAuth clients through the API: list, one, create (with a secret), change, new secret,
 * delete. A created client-credentials client logs in at {@code /oauth/token} and holds
 * its roles' permissions.
 */
@NullMarked
package io.callimport.simulator.oauthclient;

import org.jspecify.annotations.NullMarked;
