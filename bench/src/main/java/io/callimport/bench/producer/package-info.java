/**
 * The producer's side of the benchmark: reconciliation of a busy day, start-up with a
 * large group, and the request budget one OAuth client shares between the producer and
 * three consumers.
 */
@NullMarked
package io.callimport.bench.producer;

import org.jspecify.annotations.NullMarked;
