package io.callimport.bench.capacity;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;

import io.callimport.bench.BenchObjectStore;

/**
 * The object store's own speed: PUTs of one size with the consumer's client (MinIO) and
 * its concurrency, against the same S3 server, with nothing else in the way. The ceiling
 * the consumer's import rate is compared with.
 */
final class RawPuts {

	private static final String BUCKET = "bench-raw-puts";

	private final MinioClient minio;

	RawPuts(BenchObjectStore store) {
		this.minio = MinioClient.builder()
			.endpoint(store.endpoint())
			.credentials(store.accessKey(), store.secretKey())
			.build();
	}

	/**
	 * PUTs per second of {@code count} objects of {@code bytes}, {@code threads} at a
	 * time.
	 */
	double putsPerSecond(int count, int bytes, int threads) throws Exception {
		if (!this.minio.bucketExists(BucketExistsArgs.builder().bucket(BUCKET).build())) {
			this.minio.makeBucket(MakeBucketArgs.builder().bucket(BUCKET).build());
		}
		byte[] data = new byte[bytes];
		new Random(bytes).nextBytes(data);
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			long start = System.nanoTime();
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
						// the consumer streams with unknown length into parts of
						// MINIO_PART_SIZE
						this.minio.putObject(PutObjectArgs.builder()
							.bucket(BUCKET)
							.object(bytes + "/" + i + ".wav")
							.stream(new ByteArrayInputStream(data), null, 8L << 20)
							.contentType("audio/wav")
							.build());
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
			return count / (Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
