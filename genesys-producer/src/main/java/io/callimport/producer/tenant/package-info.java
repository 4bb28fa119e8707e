/**
 * The tenant this producer serves.
 */
@NullMarked
package io.callimport.producer.tenant;

import org.jspecify.annotations.NullMarked;
