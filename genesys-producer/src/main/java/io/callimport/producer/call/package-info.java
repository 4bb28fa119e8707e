/**
 * Imported calls as the admin API lists them.
 */
@NullMarked
package io.callimport.producer.call;

import org.jspecify.annotations.NullMarked;
