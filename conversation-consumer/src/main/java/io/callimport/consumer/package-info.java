/**
 * The multi-tenant consumer: imports every ended conversation (details, recordings)
 * exactly once and queues it for analysis.
 */
@NullMarked
package io.callimport.consumer;

import org.jspecify.annotations.NullMarked;
