/**
 * Reconciliation runs: the nightly Quartz job, the runs API (manual windows and
 * backfills), and the executor that works through unfinished runs window by window on the
 * replica holding the tenant's lease, resuming after restarts and failovers.
 */
@NullMarked
package io.callimport.producer.runs;

import org.jspecify.annotations.NullMarked;
