/**
 * Browser apps: Genesys answers cross-origin requests to its API and token endpoint
 * (CORS), so a page served from another origin (an installation wizard) can call it.
 */
@NullMarked
package io.callimport.simulator.browser;

import org.jspecify.annotations.NullMarked;
