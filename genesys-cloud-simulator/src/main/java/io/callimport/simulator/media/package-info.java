/**
 * Recording media: deterministic μ-law audio, streamed behind pre-signed URLs as μ-law
 * WAV (the trunk codec) or as the 16-bit PCM WAV it decodes to.
 */
@NullMarked
package io.callimport.simulator.media;

import org.jspecify.annotations.NullMarked;
