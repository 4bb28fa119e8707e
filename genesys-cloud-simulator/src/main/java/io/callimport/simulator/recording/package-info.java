/**
 * The recordings API: lists, single recordings (202 while transcoding) and metadata.
 */
@NullMarked
package io.callimport.simulator.recording;

import org.jspecify.annotations.NullMarked;
