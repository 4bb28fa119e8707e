/**
 * Reconciliation: list the group agents' ended voice conversations of a window from
 * Genesys analytics (details query, or a details job for the settled part of a long
 * window), compare them with what was published and imported, and publish the missing
 * ones at the consumer's pace. Gap healing, nightly runs, manual runs and backfills share
 * it.
 */
@NullMarked
package io.callimport.producer.reconciliation;

import org.jspecify.annotations.NullMarked;
