/**
 * The request budget of one OAuth client (Genesys allows 300 requests a minute per
 * token), shared by every caller of the process and, stored in PostgreSQL, by every
 * process on the database; with a live lane that background work never starves, pauses
 * after a 429, and a plan that follows Genesys' rate-limit headers.
 */
@NullMarked
package io.callimport.genesys.budget;

import org.jspecify.annotations.NullMarked;
