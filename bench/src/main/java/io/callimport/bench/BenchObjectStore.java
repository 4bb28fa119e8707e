package io.callimport.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

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
			S3Proxy proxy = S3Proxy.builder()
				.blobStore(new FilesystemNio2BlobStore(directory.toString()))
				.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, secretKey)
				.endpoint(URI.create("http://127.0.0.1:0"))
				.build();
			proxy.start();
			Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
			while (!"STARTED".equals(proxy.getState())) {
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
				}
				LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
			}
			return new BenchObjectStore(directory, proxy, secretKey);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("S3Proxy failed to start", ex);
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
		try {
			this.proxy.stop();
		}
		catch (Exception ex) {
			// stopping anyway; the directory goes below
		}
		try (Stream<Path> paths = Files.walk(this.directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// best effort: a temporary directory
		}
	}

}
