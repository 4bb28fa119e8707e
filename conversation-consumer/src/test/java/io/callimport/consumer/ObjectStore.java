package io.callimport.consumer;

import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;

import io.callimport.testsupport.ObjectStoreServer;

/**
 * Reads back what the consumer stored in the test bucket.
 */
public final class ObjectStore {

	private final MinioClient minio;

	private final String bucket;

	public ObjectStore(String endpoint, String accessKey, String secretKey, String bucket) {
		this.minio = MinioClient.builder().endpoint(endpoint).credentials(accessKey, secretKey).build();
		this.bucket = bucket;
	}

	public static ObjectStore shared(String bucket) {
		ObjectStoreServer server = ObjectStoreServer.shared();
		return new ObjectStore(server.endpoint(), server.accessKey(), server.secretKey(), bucket);
	}

	/** Key to size of every object under the prefix. */
	public Map<String, Long> list(String prefix) throws Exception {
		Map<String, Long> objects = new TreeMap<>();
		for (Result<Item> result : this.minio
			.listObjects(ListObjectsArgs.builder().bucket(this.bucket).prefix(prefix).recursive(true).build())) {
			Item item = result.get();
			objects.put(item.objectName(), item.size());
		}
		return objects;
	}

	/** Lowercase hex SHA-256 of an object, streamed. */
	public String sha256(String key) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (InputStream in = new DigestInputStream(
				this.minio.getObject(GetObjectArgs.builder().bucket(this.bucket).object(key).build()), digest)) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
