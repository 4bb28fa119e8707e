/**
 * Wiring shared by the producer's features.
 */
@NullMarked
package io.callimport.producer.config;

import org.jspecify.annotations.NullMarked;
