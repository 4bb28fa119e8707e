/**
 * Recording media: deterministic WAV files streamed from a generator behind pre-signed
 * URLs.
 */
@NullMarked
package io.callimport.simulator.media;

import org.jspecify.annotations.NullMarked;
