package io.callimport.consumer.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The {@code recordings} rows of a call.
 */
interface RecordingRows extends Repository<Recording, Recording.Key> {

	@Query("""
			select r from Recording r where r.callId = :callId
			order by r.startedAt nulls last, r.recordingId
			""")
	List<Recording> findByCallId(UUID callId);

	<S extends Recording> List<S> saveAll(Iterable<S> recordings);

	void deleteAll(Iterable<? extends Recording> recordings);

	default List<RecordingRow> of(UUID callId) {
		return findByCallId(callId).stream().map(Recording::row).toList();
	}

	/**
	 * Makes the call's rows exactly the given ones: one select, then batched inserts,
	 * updates and deletes at the flush.
	 */
	default void replace(UUID callId, String tenantId, List<RecordingRow> rows, Instant now) {
		Map<String, Recording> existing = new LinkedHashMap<>();
		findByCallId(callId).forEach((recording) -> existing.put(recording.recordingId(), recording));
		List<Recording> added = new ArrayList<>();
		for (RecordingRow row : rows) {
			Recording recording = existing.remove(row.recordingId());
			if (recording != null) {
				recording.update(row, now);
			}
			else {
				added.add(new Recording(callId, tenantId, row, now));
			}
		}
		deleteAll(existing.values());
		saveAll(added);
	}

}
