package io.callimport.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.callimport.testsupport.ObjectStoreServer;
import org.gaul.s3proxy.S3Proxy;

/**
 * The S3 server of a run: S3Proxy in this JVM, objects on disk in a directory that is
 * deleted at the end (a run stores several GB). Its logging is set by the module's
 * logback.xml (WARN): with logback's default (DEBUG to the console) S3Proxy takes about
 * an eighth of the PUTs per second.
 */
public final class BenchObjectStore implements AutoCloseable {

	private static final String ACCESS_KEY = "bench-access-key";

	private final Path directory;

	private final S3Proxy proxy;

	private final String secretKey;

	private BenchObjectStore(Path directory, S3Proxy proxy, String secretKey) {
		this.directory = directory;
		this.proxy = proxy;
		this.secretKey = secretKey;
	}

	public static BenchObjectStore start(String secretKey) {
		try {
			Path directory = Files.createTempDirectory("bench-s3");
			return new BenchObjectStore(directory, ObjectStoreServer.newS3Proxy(directory, 0, ACCESS_KEY, secretKey),
					secretKey);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String endpoint() {
		return "http://127.0.0.1:" + this.proxy.getPort();
	}

	public String accessKey() {
		return ACCESS_KEY;
	}

	public String secretKey() {
		return this.secretKey;
	}

	@Override
	public void close() {
		ObjectStoreServer.stopQuietly(this.proxy);
		try (Stream<Path> paths = Files.walk(this.directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// best effort: a temporary directory
		}
	}

}
