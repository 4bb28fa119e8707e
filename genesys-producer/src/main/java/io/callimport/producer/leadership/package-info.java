/**
 * One active producer per tenant: a lease row in PostgreSQL decides which replica holds
 * the notification socket.
 */
@NullMarked
package io.callimport.producer.leadership;

import org.jspecify.annotations.NullMarked;
