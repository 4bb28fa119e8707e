package io.callimport.simulator.media;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A recording's file in one format, generated while it is written.
 */
public sealed interface RecordingFile permits WavFile, UlawWavFile {

	/** What Genesys names the file type, both for the download and in batch results. */
	String CONTENT_TYPE = "audio/wav";

	/** Whole file size in bytes. */
	long size();

	/** Writes the whole file, one chunk at a time. */
	void writeTo(OutputStream out) throws IOException;

}
