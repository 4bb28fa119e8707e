/**
 * A tenant's live status, read from what the producer and the consumer record in the
 * shared database.
 */
@NullMarked
package io.callimport.installation.status;

import org.jspecify.annotations.NullMarked;
