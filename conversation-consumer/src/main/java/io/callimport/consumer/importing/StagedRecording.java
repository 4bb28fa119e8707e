package io.callimport.consumer.importing;

import io.callimport.consumer.recording.StoredObject;

/**
 * A recording in the staging area: its row, valid once the object is promoted.
 *
 * @param row the recording's row, with its final key
 * @param object the staged object
 */
record StagedRecording(RecordingRow row, StoredObject object) {
}
