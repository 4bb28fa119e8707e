/**
 * Imports that failed for good: listed and replayed through the admin API.
 */
@NullMarked
package io.callimport.producer.failure;

import org.jspecify.annotations.NullMarked;
