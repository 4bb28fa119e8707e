/**
 * The control API for installation wizards: administrators who sign in on the login page,
 * the login clients they sign in through, installed integrations, failures planned for
 * particular requests, and the ground truth of what was set up through the API (roles,
 * OAuth clients, groups, integration notes), with a Java client.
 */
@NullMarked
package io.callimport.simulator.installation;

import org.jspecify.annotations.NullMarked;
