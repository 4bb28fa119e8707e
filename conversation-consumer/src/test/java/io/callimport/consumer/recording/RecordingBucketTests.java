package io.callimport.consumer.recording;

import java.time.Duration;

import io.minio.MinioClient;
import io.callimport.testsupport.TestPorts;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

class RecordingBucketTests {

	@Test
	void unreachableObjectStoreDoesNotStopTheStartButFailsTheUploadAsRetryable() throws Exception {
		int closedPort = TestPorts.free();
		MinioProperties properties = new MinioProperties("http://127.0.0.1:" + closedPort, "key", "secret-never-shown",
				"call-recordings", null, DataSize.ofMegabytes(8), Duration.ofSeconds(1), Duration.ofSeconds(1));
		RecordingBucket bucket = new RecordingBucket(
				MinioClient.builder().endpoint(properties.endpoint()).credentials("key", "secret-never-shown").build(),
				properties);

		assertThatCode(bucket::createAtStart).doesNotThrowAnyException();
		assertThatThrownBy(bucket::ensureExists)
			.isInstanceOfSatisfying(ImportFailureException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ReasonCode.OBJECT_STORE_UNAVAILABLE))
			.hasMessageContaining("call-recordings")
			.hasMessageNotContaining("secret-never-shown");
		assertThat(properties.toString()).doesNotContain("secret-never-shown");
	}

}
