/**
 * The control API under /simulator and its typed Java client.
 */
@NullMarked
package io.callimport.simulator.control;

import org.jspecify.annotations.NullMarked;
