package io.callimport.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resident memory of a process from Linux' /proc: what the kernel (and a container's
 * memory limit) counts, heap or not.
 *
 * @param rssBytes resident set size now (VmRSS)
 * @param peakRssBytes the highest resident set size so far (VmHWM)
 */
public record ProcessMemory(long rssBytes, long peakRssBytes) {

	public static ProcessMemory of(long pid) {
		try {
			long rss = 0;
			long peak = 0;
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					rss = kilobytes(line) * 1024;
				}
				else if (line.startsWith("VmHWM:")) {
					peak = kilobytes(line) * 1024;
				}
			}
			return new ProcessMemory(rss, peak);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No /proc entry for process " + pid, ex);
		}
	}

	private static long kilobytes(String line) {
		return Long.parseLong(line.replaceAll("[^0-9]", ""));
	}

}
