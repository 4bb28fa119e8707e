/**
 * Recordings into the object store: streamed from Genesys' media URI to MinIO, hashed and
 * counted on the way.
 */
@NullMarked
package io.callimport.consumer.recording;

import org.jspecify.annotations.NullMarked;
