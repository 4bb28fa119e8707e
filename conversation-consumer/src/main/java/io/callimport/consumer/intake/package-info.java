/**
 * Reads ended-conversation messages off the queue, one listener for every tenant, and
 * settles each delivery.
 */
@NullMarked
package io.callimport.consumer.intake;

import org.jspecify.annotations.NullMarked;
