/**
 * Signing users in, as Genesys' login host does for browser apps: the authorization-code
 * grant with PKCE ({@code GET|POST /oauth/authorize}, a sign-in page for the
 * organisations' administrators; {@code POST /oauth/token} with
 * {@code grant_type=authorization_code} and the code verifier).
 */
@NullMarked
package io.callimport.simulator.login;

import org.jspecify.annotations.NullMarked;
