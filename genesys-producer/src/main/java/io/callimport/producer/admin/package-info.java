/**
 * The admin API: bearer-token authentication, tenant scoping and RFC 9457 problem
 * responses.
 */
@NullMarked
package io.callimport.producer.admin;

import org.jspecify.annotations.NullMarked;
