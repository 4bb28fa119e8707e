/**
 * Which tenant's calls are imported next: batches formed per tenant and lane, served in
 * turn across tenants, live calls before background ones, and never started while the
 * tenant's Genesys budget cannot pay for them.
 */
@NullMarked
package io.callimport.consumer.scheduling;

import org.jspecify.annotations.NullMarked;
