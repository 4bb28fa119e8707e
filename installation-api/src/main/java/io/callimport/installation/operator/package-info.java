/**
 * The platform operator's API ({@code /operator/v1}, bearer {@code OPERATOR_API_TOKEN}):
 * tenant wizard accounts and their sign-in locks.
 */
@NullMarked
package io.callimport.installation.operator;

import org.jspecify.annotations.NullMarked;
