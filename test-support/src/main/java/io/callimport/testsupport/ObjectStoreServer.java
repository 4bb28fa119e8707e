package io.callimport.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.testcontainers.containers.MinIOContainer;

/**
 * An S3 API server for the tests: MinIO in a container where Docker runs, otherwise
 * S3Proxy in this JVM, storing objects in a temporary directory (on disk, so a recording
 * of several GB costs no heap). Tests use a bucket of their own.
 */
public final class ObjectStoreServer {

	private static volatile ObjectStoreServer shared;

	private final String endpoint;

	private final String accessKey;

	private final String secretKey;

	private ObjectStoreServer(String endpoint, String accessKey, String secretKey) {
		this.endpoint = endpoint;
		this.accessKey = accessKey;
		this.secretKey = secretKey;
	}

	public static ObjectStoreServer shared() {
		ObjectStoreServer server = shared;
		if (server == null) {
			synchronized (ObjectStoreServer.class) {
				server = shared;
				if (server == null) {
					server = TestServices.useContainers() ? startMinio() : startS3Proxy(null);
					shared = server;
				}
			}
		}
		return server;
	}

	/**
	 * A separate in-process S3Proxy on a fixed or free port (0), for tests that stop and
	 * restart the object store.
	 */
	public static RestartableS3Proxy startRestartable(int port) {
		return new RestartableS3Proxy(port);
	}

	private static ObjectStoreServer startMinio() {
		MinIOContainer container = new MinIOContainer("minio/minio:RELEASE.2025-09-07T16-13-09Z");
		container.start();
		return new ObjectStoreServer(container.getS3URL(), container.getUserName(), container.getPassword());
	}

	private static ObjectStoreServer startS3Proxy(Path directory) {
		S3Proxy proxy = newS3Proxy(directory, 0);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(proxy), "stop-s3proxy"));
		return new ObjectStoreServer("http://127.0.0.1:" + proxy.getPort(), "test-access-key", "test-secret-key");
	}

	static S3Proxy newS3Proxy(Path directory, int port) {
		return newS3Proxy(directory, port, "test-access-key", "test-secret-key");
	}

	/**
	 * A started S3Proxy on the port (0: a free one) with these credentials, storing its
	 * objects under the directory (null: a new temporary one).
	 */
	public static S3Proxy newS3Proxy(Path directory, int port, String accessKey, String secretKey) {
		try {
			Path dir = (directory != null) ? directory : Files.createTempDirectory("s3proxy");
			S3Proxy proxy = S3Proxy.builder()
				.blobStore(new FilesystemNio2BlobStore(dir.toString()))
				.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
				.endpoint(URI.create("http://127.0.0.1:" + port))
				.build();
			proxy.start();
			Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
			while (!"STARTED".equals(proxy.getState())) {
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
				}
				LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
			}
			return proxy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("S3Proxy failed to start", ex);
		}
	}

	public static void stopQuietly(S3Proxy proxy) {
		try {
			proxy.stop();
		}
		catch (Exception ex) {
			// shutting down anyway
		}
	}

	public String endpoint() {
		return this.endpoint;
	}

	public String accessKey() {
		return this.accessKey;
	}

	public String secretKey() {
		return this.secretKey;
	}

	/** The consumer's {@code MINIO_*} settings for this server and the given bucket. */
	public Map<String, String> minioProperties(String bucket) {
		return Map.of("minio.endpoint", this.endpoint, "minio.access-key", this.accessKey, "minio.secret-key",
				this.secretKey, "minio.bucket", bucket);
	}

	/**
	 * An S3Proxy that keeps its files across a stop and a start on the same port.
	 */
	public static final class RestartableS3Proxy implements AutoCloseable {

		private final Path directory;

		private final int port;

		private S3Proxy proxy;

		RestartableS3Proxy(int port) {
			try {
				this.directory = Files.createTempDirectory("s3proxy");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.proxy = newS3Proxy(this.directory, port);
			this.port = this.proxy.getPort();
		}

		public String endpoint() {
			return "http://127.0.0.1:" + this.port;
		}

		public String accessKey() {
			return "test-access-key";
		}

		public String secretKey() {
			return "test-secret-key";
		}

		public synchronized void stop() {
			stopQuietly(this.proxy);
		}

		public synchronized void start() {
			this.proxy = newS3Proxy(this.directory, this.port);
		}

		@Override
		public synchronized void close() {
			stopQuietly(this.proxy);
		}

	}

}
