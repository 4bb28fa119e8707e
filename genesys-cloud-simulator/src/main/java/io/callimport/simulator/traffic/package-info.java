/**
 * Random call traffic from an organisation's scenario, reproducible with its seed.
 */
@NullMarked
package io.callimport.simulator.traffic;

import org.jspecify.annotations.NullMarked;
