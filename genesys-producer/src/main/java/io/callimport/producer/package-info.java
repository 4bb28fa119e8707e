/**
 * The producer service: one per tenant.
 */
@NullMarked
package io.callimport.producer;

import org.jspecify.annotations.NullMarked;
