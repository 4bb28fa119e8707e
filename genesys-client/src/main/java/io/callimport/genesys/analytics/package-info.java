/**
 * The analytics conversation search: the paged details query and the async details jobs,
 * listing ended voice conversations of given users.
 */
@NullMarked
package io.callimport.genesys.analytics;

import org.jspecify.annotations.NullMarked;
