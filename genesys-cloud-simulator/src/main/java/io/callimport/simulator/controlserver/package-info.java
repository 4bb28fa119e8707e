/**
 * The server side of the control API under /simulator: its endpoints, the demo
 * organization loaded at start, and the views of the simulated state they serve. The
 * requests and answers they exchange live in {@code control}, with the typed client, so
 * that the simulated API's packages can use them without depending on these endpoints.
 */
@NullMarked
package io.callimport.simulator.controlserver;

import org.jspecify.annotations.NullMarked;
