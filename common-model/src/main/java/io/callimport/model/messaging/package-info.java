/**
 * The RabbitMQ topology, declared in one place for both services.
 */
@NullMarked
package io.callimport.model.messaging;

import org.jspecify.annotations.NullMarked;
