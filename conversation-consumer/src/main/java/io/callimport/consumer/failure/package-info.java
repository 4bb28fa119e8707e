/**
 * What went wrong and what follows: retry through a delay queue within a budget, or
 * dead-letter with the reason.
 */
@NullMarked
package io.callimport.consumer.failure;

import org.jspecify.annotations.NullMarked;
