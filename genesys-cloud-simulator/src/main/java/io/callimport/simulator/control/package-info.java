/**
 * The control API under /simulator as its callers see it: the requests and answers it
 * exchanges (scenarios, faults, calls, request counts) and its typed Java client. Served
 * by {@code controlserver}.
 */
@NullMarked
package io.callimport.simulator.control;

import org.jspecify.annotations.NullMarked;
