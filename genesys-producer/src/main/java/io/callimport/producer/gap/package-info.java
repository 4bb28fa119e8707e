/**
 * Gaps: every period without a live socket is recorded and, once analytics has settled,
 * healed by a reconciliation of its window.
 */
@NullMarked
package io.callimport.producer.gap;

import org.jspecify.annotations.NullMarked;
