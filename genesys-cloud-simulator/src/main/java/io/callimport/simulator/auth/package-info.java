/**
 * OAuth client credentials: tokens per organisation and client, bearer checks, per-token
 * rate limits, token and organisation info.
 */
@NullMarked
package io.callimport.simulator.auth;

import org.jspecify.annotations.NullMarked;
