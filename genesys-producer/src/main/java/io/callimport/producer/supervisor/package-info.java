/**
 * The supervisor: one thread that, while this replica holds the tenant's lease, keeps the
 * settings, the agents, the notification session and the gap records in step.
 */
@NullMarked
package io.callimport.producer.supervisor;

import org.jspecify.annotations.NullMarked;
