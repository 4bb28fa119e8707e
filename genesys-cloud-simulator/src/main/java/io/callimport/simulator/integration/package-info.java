/**
 * Integrations: the types an organisation can use (built-in ones and the apps it
 * installed), its integrations, and their current configuration, whose notes an
 * installation wizard uses to record what it created.
 */
@NullMarked
package io.callimport.simulator.integration;

import org.jspecify.annotations.NullMarked;
