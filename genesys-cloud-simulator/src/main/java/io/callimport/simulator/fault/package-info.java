/**
 * Faults injected at run time: server errors, latency, dropped events.
 */
@NullMarked
package io.callimport.simulator.fault;

import org.jspecify.annotations.NullMarked;
