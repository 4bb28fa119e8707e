/**
 * Wiring of the listener container, the message converter and the consumer's settings.
 */
@NullMarked
package io.callimport.consumer.config;

import org.jspecify.annotations.NullMarked;
