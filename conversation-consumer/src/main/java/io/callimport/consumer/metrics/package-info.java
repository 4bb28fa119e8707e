/**
 * The consumer's Micrometer meters.
 */
@NullMarked
package io.callimport.consumer.metrics;

import org.jspecify.annotations.NullMarked;
