/**
 * Micrometer meters of Genesys traffic, tagged by endpoint template (ids replaced, so the
 * cardinality stays bounded) and tenant; never a token or secret.
 */
@NullMarked
package io.callimport.genesys.metrics;

import org.jspecify.annotations.NullMarked;
