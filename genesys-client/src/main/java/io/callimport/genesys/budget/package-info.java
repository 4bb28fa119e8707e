/**
 * The request budget of one OAuth client (Genesys allows 300 requests a minute per
 * client), shared by every caller in the process, with a live lane that background work
 * never starves.
 */
@NullMarked
package io.callimport.genesys.budget;

import org.jspecify.annotations.NullMarked;
