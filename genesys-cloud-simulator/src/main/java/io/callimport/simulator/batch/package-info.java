/**
 * Recording batch requests ({@code /api/v2/recording/batchrequests}): jobs that turn up
 * to 100 conversation or recording ids into pre-signed URLs of the recordings in their
 * trunk codec, results appearing over the organisation's batch processing time.
 */
@NullMarked
package io.callimport.simulator.batch;

import org.jspecify.annotations.NullMarked;
