/**
 * The tenant's agents (members of its Genesys group) as the admin API lists them.
 */
@NullMarked
package io.callimport.producer.agent;

import org.jspecify.annotations.NullMarked;
