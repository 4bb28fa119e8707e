/**
 * The simulated organisations: their OAuth clients, users, groups and settings.
 */
@NullMarked
package io.callimport.simulator.organization;

import org.jspecify.annotations.NullMarked;
