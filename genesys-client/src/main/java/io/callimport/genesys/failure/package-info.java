/**
 * One classification of every failure a Genesys call can end in, so that callers decide
 * retry versus dead-letter in one place
 * ({@link io.callimport.genesys.failure.GenesysFailure#classify}).
 */
@NullMarked
package io.callimport.genesys.failure;

import org.jspecify.annotations.NullMarked;
