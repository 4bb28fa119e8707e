package io.callimport.genesys.recordings;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A recording as a conversation's recordings list describes it, with the fields the
 * product uses.
 *
 * @param id {@code id}
 * @param media {@code media}, e.g. {@code audio} or {@code screen}
 * @param fileState {@code fileState}
 * @param mediaUris {@code mediaUris}: each key's pre-signed URI, in Genesys' order
 * (entries without a URI left out)
 * @param outputSizeInBytes {@code outputSizeInBytes}
 * @param startTime {@code startTime} (left out when it does not parse)
 * @param endTime {@code endTime} (likewise)
 * @param outputDurationMs {@code outputDurationMs}
 */
public record Recording(@Nullable String id, @Nullable String media, @Nullable FileState fileState,
		Map<String, String> mediaUris, @Nullable Long outputSizeInBytes, @Nullable Instant startTime,
		@Nullable Instant endTime, @Nullable Long outputDurationMs) {

	public Recording {
		mediaUris = Collections.unmodifiableMap(new LinkedHashMap<>(mediaUris));
	}

}
