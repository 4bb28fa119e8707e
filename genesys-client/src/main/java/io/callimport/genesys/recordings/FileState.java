package io.callimport.genesys.recordings;

/**
 * A recording's {@code fileState}, named as Genesys names it; {@link #UNKNOWN} for a
 * state this client does not know.
 */
public enum FileState {

	AVAILABLE, RESTORED, ARCHIVED, DELETED, UPLOADING, RESTORING, ERROR, UNKNOWN

}
