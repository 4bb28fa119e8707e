/**
 * Publishing with publisher confirms, returns and mandatory routing.
 */
@NullMarked
package io.callimport.consumer.messaging;

import org.jspecify.annotations.NullMarked;
