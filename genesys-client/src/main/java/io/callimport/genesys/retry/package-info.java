/**
 * Retries in OkHttp (the SDK's own retry is off): 429 honouring {@code Retry-After}, 5xx,
 * timeouts and connection failures with exponential backoff and jitter, bounded by
 * attempts and total time.
 */
@NullMarked
package io.callimport.genesys.retry;

import org.jspecify.annotations.NullMarked;
