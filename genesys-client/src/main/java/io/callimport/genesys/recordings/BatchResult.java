package io.callimport.genesys.recordings;

import org.jspecify.annotations.Nullable;

/**
 * One recording of a batch job: where to download it, or why not.
 *
 * @param conversationId {@code conversationId}
 * @param recordingId {@code recordingId}
 * @param resultUrl {@code resultUrl}, a pre-signed URI
 * @param contentType {@code contentType}, e.g. {@code audio/wav}
 * @param errorMsg {@code errorMsg}; null unless it failed
 */
public record BatchResult(String conversationId, @Nullable String recordingId, @Nullable String resultUrl,
		@Nullable String contentType, @Nullable String errorMsg) {

}
