/**
 * Errors of the installation module's APIs as RFC 9457 problem+json.
 */
@NullMarked
package io.callimport.installation.web;

import org.jspecify.annotations.NullMarked;
