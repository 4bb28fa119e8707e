/**
 * The analytics conversation details API: single, multi-get, query and async jobs.
 */
@NullMarked
package io.callimport.simulator.analytics;

import org.jspecify.annotations.NullMarked;
