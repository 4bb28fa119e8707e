/**
 * The messages the services exchange over RabbitMQ. Each carries a schema version; a
 * reader accepts unknown fields so that a newer writer does not break an older reader.
 */
@NullMarked
package io.callimport.model.message;

import org.jspecify.annotations.NullMarked;
