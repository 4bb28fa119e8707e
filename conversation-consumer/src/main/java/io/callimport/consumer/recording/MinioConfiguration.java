package io.callimport.consumer.recording;

import io.minio.MinioAsyncClient;
import io.minio.MinioClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The MinIO client: the one client of the object store, whether MinIO or another S3 API.
 */
@Configuration(proxyBeanMethods = false)
class MinioConfiguration {

	@Bean
	MinioClient minioClient(MinioProperties properties) {
		MinioClient.Builder builder = MinioClient.builder()
			.endpoint(properties.endpoint())
			.credentials(properties.accessKey(), properties.secretKey());
		if (properties.region() != null && !properties.region().isBlank()) {
			builder.region(properties.region());
		}
		MinioClient client = builder.build();
		client.setTimeout(properties.connectTimeout().toMillis(), properties.ioTimeout().toMillis(),
				properties.ioTimeout().toMillis());
		return client;
	}

	/**
	 * The asynchronous client, for the multipart listing and abort the synchronous one
	 * does not offer (the sweep of stale uploads).
	 */
	@Bean
	MinioAsyncClient minioAsyncClient(MinioProperties properties) {
		MinioAsyncClient.Builder builder = MinioAsyncClient.builder()
			.endpoint(properties.endpoint())
			.credentials(properties.accessKey(), properties.secretKey());
		if (properties.region() != null && !properties.region().isBlank()) {
			builder.region(properties.region());
		}
		MinioAsyncClient client = builder.build();
		client.setTimeout(properties.connectTimeout().toMillis(), properties.ioTimeout().toMillis(),
				properties.ioTimeout().toMillis());
		return client;
	}

}
