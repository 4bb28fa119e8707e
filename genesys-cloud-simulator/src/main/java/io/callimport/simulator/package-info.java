/**
 * A Genesys Cloud simulator: the REST API, the notification websocket and recording
 * media, with a control API for scenarios, faults and ground truth.
 */
@NullMarked
package io.callimport.simulator;

import org.jspecify.annotations.NullMarked;
