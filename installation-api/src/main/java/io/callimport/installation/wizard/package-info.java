/**
 * The installation wizard: its configuration for the browser and the permissions it sets
 * up in Genesys.
 */
@NullMarked
package io.callimport.installation.wizard;

import org.jspecify.annotations.NullMarked;
