/**
 * A conversation's recordings in the product's own records: the recordings list of one
 * conversation, and batch download jobs for many. The SDK stays inside this module.
 */
@NullMarked
package io.callimport.genesys.recordings;

import org.jspecify.annotations.NullMarked;
