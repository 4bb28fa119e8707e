package io.callimport.consumer.recording;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;

import io.minio.AbortMultipartUploadArgs;
import io.minio.ListMultipartUploadsArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import io.minio.messages.ListMultipartUploadsResult;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Removes, every {@code minio.cleanup.interval}, what interrupted uploads left in the
 * bucket once it is older than {@code minio.cleanup.stale-after}: staged objects never
 * promoted (a pod killed between upload and promotion) and incomplete multipart uploads
 * (a pod killed during an upload), whose parts the store would otherwise keep for ever.
 * Every replica sweeps; removing twice is harmless. S3 lifecycle rules are not used,
 * since not every S3 server has them (MinIO expires stale multipart uploads after 24 h on
 * its own).
 */
@Component
class StaleUploadSweeper implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(StaleUploadSweeper.class);

	private final MinioClient minio;

	private final MinioAsyncClient multipart;

	private final RecordingBucket bucket;

	private final CleanupProperties properties;

	private final Clock clock;

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	private volatile @Nullable ScheduledFuture<?> sweeps;

	StaleUploadSweeper(MinioClient minio, MinioAsyncClient multipart, RecordingBucket bucket,
			CleanupProperties properties, Clock clock) {
		this.minio = minio;
		this.multipart = multipart;
		this.bucket = bucket;
		this.properties = properties;
		this.clock = clock;
		this.scheduler.setPoolSize(1);
		this.scheduler.setThreadNamePrefix("upload-sweep-");
	}

	/** One sweep; a failure waits for the next. */
	void sweep() {
		Instant cutoff = this.clock.instant().minus(this.properties.staleAfter());
		try {
			this.bucket.ensureExists();
			int objects = removeStaged(cutoff);
			int uploads = abortUploads(cutoff);
			if (objects + uploads > 0) {
				log.info(
						"Removed {} stale staged object(s) and aborted {} incomplete multipart upload(s) older than {}",
						objects, uploads, this.properties.staleAfter());
			}
		}
		catch (Exception ex) {
			log.warn("Sweeping stale uploads failed; trying again in {}: {}", this.properties.interval(),
					ex.toString());
		}
	}

	private int removeStaged(Instant cutoff) throws Exception {
		int removed = 0;
		for (Result<Item> result : this.minio.listObjects(ListObjectsArgs.builder()
			.bucket(this.bucket.name())
			.prefix(StagingArea.PREFIX)
			.recursive(true)
			.build())) {
			Item item = result.get();
			if (item.lastModified() != null && item.lastModified().toInstant().isBefore(cutoff)) {
				this.minio.removeObject(
						RemoveObjectArgs.builder().bucket(this.bucket.name()).object(item.objectName()).build());
				removed++;
			}
		}
		return removed;
	}

	private int abortUploads(Instant cutoff) throws Exception {
		int aborted = 0;
		String keyMarker = null;
		String uploadIdMarker = null;
		while (true) {
			ListMultipartUploadsResult page = this.multipart
				.listMultipartUploads(ListMultipartUploadsArgs.builder()
					.bucket(this.bucket.name())
					.keyMarker(keyMarker)
					.uploadIdMarker(uploadIdMarker)
					.build())
				.get()
				.result();
			for (ListMultipartUploadsResult.Upload upload : page.uploads()) {
				ZonedDateTime initiated = upload.initiated();
				if (initiated != null && initiated.toInstant().isBefore(cutoff)) {
					this.multipart
						.abortMultipartUpload(AbortMultipartUploadArgs.builder()
							.bucket(this.bucket.name())
							.object(upload.objectName())
							.uploadId(upload.uploadId())
							.build())
						.get();
					aborted++;
				}
			}
			if (!page.isTruncated()) {
				return aborted;
			}
			keyMarker = page.nextKeyMarker();
			uploadIdMarker = page.nextUploadIdMarker();
		}
	}

	@Override
	public void start() {
		this.scheduler.initialize();
		this.sweeps = this.scheduler.scheduleWithFixedDelay(this::sweep,
				this.clock.instant().plus(this.properties.interval()), this.properties.interval());
	}

	@Override
	public void stop() {
		ScheduledFuture<?> running = this.sweeps;
		if (running != null) {
			running.cancel(false);
		}
		this.sweeps = null;
		this.scheduler.shutdown();
	}

	@Override
	public boolean isRunning() {
		return this.sweeps != null;
	}

}
