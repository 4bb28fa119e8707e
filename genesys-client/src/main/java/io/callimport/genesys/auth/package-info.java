/**
 * Client-credentials login against the login host, a cached token renewed before it
 * expires (and once on a 401), shared by every request of one OAuth client without a
 * login stampede.
 */
@NullMarked
package io.callimport.genesys.auth;

import org.jspecify.annotations.NullMarked;
