package io.callimport.consumer.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import io.minio.CreateMultipartUploadArgs;
import io.minio.MinioAsyncClient;
import io.minio.PutObjectArgs;
import io.minio.UploadPartArgs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.callimport.consumer.ConsumerServices;
import io.callimport.consumer.ObjectStore;
import io.callimport.consumer.TestTenants;
import io.callimport.consumer.TestTenants.Tenant;
import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;
import io.callimport.consumer.recording.ObjectKeys;
import io.callimport.consumer.recording.RecordingFormat;
import io.callimport.consumer.recording.RecordingUploader;
import io.callimport.consumer.recording.StoredObject;
import io.callimport.genesys.GenesysClient;
import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.model.settings.GenesysSettingsRepository;
import io.callimport.testsupport.ObjectStoreServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * What reaches a recording's final key: only a whole download, and, when two writers
 * import one call at once, the object its row describes. Media come from a real HTTP
 * server in the test that can cut a body short without a Content-Length, which the
 * simulator never does. Stale staged objects and abandoned multipart uploads are swept.
 */
@SpringBootTest
@DirtiesContext
class UploadIntegrityIntegrationTests {

	static final ConsumerServices services = ConsumerServices.create();

	private static final Map<String, byte[]> media = new ConcurrentHashMap<>();

	private static HttpServer server;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		services.with("minio.cleanup.stale-after", "2s").with("minio.cleanup.interval", "500ms").registerWith(registry);
	}

	@Autowired
	RecordingUploader uploader;

	@Autowired
	TenantClients tenants;

	@Autowired
	CallStore calls;

	@Autowired
	ImportCommit commit;

	@Autowired
	AnalysisQueue analysis;

	@Autowired
	GenesysSettingsRepository settings;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startMediaServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		// no Content-Length: the body is chunked, and ends cleanly wherever it ends
		server.createContext("/media/", (exchange) -> {
			byte[] body = media.get(exchange.getRequestURI().getPath());
			exchange.sendResponseHeaders((body != null) ? 200 : 404, (body != null) ? 0 : -1);
			try (OutputStream out = exchange.getResponseBody()) {
				if (body != null) {
					out.write(body);
				}
			}
		});
		server.start();
	}

	@AfterAll
	static void stopMediaServer() {
		server.stop(0);
	}

	@Test
	void truncatedDownloadWithoutContentLengthNeverAppearsUnderItsFinalKey() throws Exception {
		Tenant tenant = new TestTenants(this.settings, this.jdbc, services.simulator().control()).create("cutco", 1);
		byte[] whole = wav(1_000_000, (byte) 7);
		URI uri = serve("cut.wav", Arrays.copyOf(whole, 300_000));
		String key = ObjectKeys.of(tenant.id(), Instant.parse("2026-01-02T10:00:00Z"), "conv-cut", "rec-cut",
				RecordingFormat.WAV);

		assertThatExceptionOfType(ImportFailureException.class)
			.isThrownBy(() -> this.uploader.upload(genesys(tenant), uri, (format) -> key))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(ReasonCode.MEDIA_DOWNLOAD_FAILED))
			.withMessageContaining("declares 1000044 bytes but 300000 arrived");
		ObjectStore objects = ObjectStore.shared(services.bucket());
		assertThat(objects.list(tenant.id() + "/")).isEmpty();
		assertThat(objects.list(".incoming/")).isEmpty();
	}

	@Test
	void twoWritersOfOneCallLeaveTheObjectItsRowDescribes() throws Exception {
		Tenant tenant = new TestTenants(this.settings, this.jdbc, services.simulator().control()).create("raceco", 1);
		GenesysClient genesys = genesys(tenant);
		ConversationEnded ended = ConversationEnded.of(tenant.id(), "conv-race", tenant.agent(0),
				Instant.parse("2026-01-02T10:05:00Z"), Instant.now(), CallSource.WEBSOCKET);
		this.calls.accept(List.of(ended));
		CallMetadata call = metadata(ended);
		String key = ObjectKeys.of(tenant.id(), call.startedAt(), call.conversationId(), "rec-race",
				RecordingFormat.WAV);
		// the retry and the replay download the recording at the same time, and Genesys
		// sends each its own bytes (e.g. transcoded twice)
		byte[] retryBytes = wav(400_000, (byte) 1);
		byte[] replayBytes = wav(400_000, (byte) 2);
		StoredObject retry = this.uploader.upload(genesys, serve("retry.wav", retryBytes), (format) -> key);
		StoredObject replay = this.uploader.upload(genesys, serve("replay.wav", replayBytes), (format) -> key);

		// the retry ends first; the replay, which uploaded last, finds the call done
		assertThat(this.commit.save(call, List.of(row(retry)), List.of(staged(retry)), CallSource.WEBSOCKET))
			.isEqualTo(ImportCommit.Outcome.SAVED);
		this.analysis.queue(call.callId());
		assertThat(this.commit.save(call, List.of(row(replay)), List.of(staged(replay)), CallSource.MANUAL))
			.isEqualTo(ImportCommit.Outcome.COMPLETED_ELSEWHERE);

		Map<String, Object> stored = this.jdbc
			.sql("SELECT object_key, bytes, sha256 FROM recordings WHERE call_id = :id")
			.param("id", call.callId())
			.query()
			.singleRow();
		ObjectStore objects = ObjectStore.shared(services.bucket());
		assertThat(stored).containsEntry("object_key", key).containsEntry("sha256", sha256(retryBytes));
		assertThat(objects.sha256(key)).as("the object under the key is the one its row describes")
			.isEqualTo(stored.get("sha256"));
		assertThat(objects.list(tenant.id() + "/")).containsOnlyKeys(key);
	}

	@Test
	void staleStagedObjectsAndAbandonedMultipartUploadsAreSwept() throws Exception {
		ObjectStoreServer store = ObjectStoreServer.shared();
		MinioAsyncClient client = MinioAsyncClient.builder()
			.endpoint(store.endpoint())
			.credentials(store.accessKey(), store.secretKey())
			.build();
		ObjectStore objects = ObjectStore.shared(services.bucket());
		await().atMost(Duration.ofSeconds(30)).until(() -> bucketExists(objects));
		// what a pod killed in the middle of an upload leaves behind
		byte[] part = new byte[5 * 1024 * 1024];
		client
			.putObject(PutObjectArgs.builder()
				.bucket(services.bucket())
				.object(".incoming/sweepco/" + UUID.randomUUID())
				.data(part, part.length)
				.build())
			.get();
		String uploadId = client
			.createMultipartUpload(CreateMultipartUploadArgs.builder()
				.bucket(services.bucket())
				.object("sweepco/2026/01/02/conv/rec.wav")
				.build())
			.get()
			.result()
			.uploadId();
		client
			.uploadPart(UploadPartArgs.builder()
				.bucket(services.bucket())
				.object("sweepco/2026/01/02/conv/rec.wav")
				.uploadId(uploadId)
				.partNumber(1)
				.data(part, part.length)
				.build())
			.get();
		assertThat(objects.list(".incoming/")).hasSize(1);
		assertThat(uploads(client)).isEqualTo(1);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(objects.list(".incoming/")).isEmpty();
			assertThat(uploads(client)).isZero();
		});
	}

	private GenesysClient genesys(Tenant tenant) {
		return this.tenants.clientFor(tenant.id());
	}

	private static URI serve(String name, byte[] body) {
		String path = "/media/" + UUID.randomUUID() + "/" + name;
		media.put(path, body);
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
	}

	/** A 16-bit mono PCM WAV whose data chunk holds {@code dataBytes} bytes. */
	private static byte[] wav(int dataBytes, byte fill) {
		ByteBuffer file = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
		file.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes);
		file.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
		file.putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000).putShort((short) 2);
		file.putShort((short) 16);
		file.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
		byte[] bytes = file.array();
		Arrays.fill(bytes, 44, bytes.length, fill);
		return bytes;
	}

	private static CallMetadata metadata(ConversationEnded ended) {
		Instant start = Instant.parse("2026-01-02T10:00:00Z");
		return new CallMetadata(CallStore.callId(ended), ended.tenantId(), ended.conversationId(), ended.agentUserId(),
				List.of(ended.agentUserId()), null, null, "inbound", start, ended.endedAt(), 300_000, List.of(),
				List.of(), null, List.of(), "{}");
	}

	private static RecordingRow row(StoredObject object) {
		return new RecordingRow("rec-race", object.objectKey(), object.bytes(), object.sha256(), object.format().name(),
				1, null, "AVAILABLE", null, null, null, null);
	}

	private static StagedRecording staged(StoredObject object) {
		return new StagedRecording(row(object), object);
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private static boolean bucketExists(ObjectStore objects) {
		try {
			objects.list("");
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static int uploads(MinioAsyncClient client) throws Exception {
		return client
			.listMultipartUploads(io.minio.ListMultipartUploadsArgs.builder().bucket(services.bucket()).build())
			.get()
			.result()
			.uploads()
			.size();
	}

}
