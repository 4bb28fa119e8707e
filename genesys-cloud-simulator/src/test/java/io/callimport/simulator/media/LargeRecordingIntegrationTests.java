package io.callimport.simulator.media;

import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import io.callimport.simulator.SimulatorClients;
import io.callimport.simulator.WavHeader;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.GroundTruthRecording;
import io.callimport.simulator.control.OrganizationScenario;
import io.callimport.simulator.control.OrganizationState;
import io.callimport.simulator.control.RuntimeFigures;
import io.callimport.simulator.control.SimulatorControl;
import io.callimport.simulator.web.GenesysMapper;
import io.callimport.testsupport.JavaProcess;
import io.callimport.testsupport.TestPorts;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A 1 GB recording streams out of a simulator whose heap is capped at 256 MB (a child
 * JVM), byte for byte what ground truth says, and so does its 0.5 GB μ-law form, which
 * converts to exactly the PCM file. (2 GB once; the test JVM hashes every byte, which is
 * slow on the C1 compiler the suite runs on, and the size does not change the point.)
 */
class LargeRecordingIntegrationTests {

	private static final long SIZE = 1_000_000_044L;

	@Test
	void streamsAOneGigabyteRecordingFromASimulatorWith256MbOfHeap() throws Exception {
		int port = TestPorts.free();
		try (JavaProcess simulator = JavaProcess.builder("io.callimport.simulator.SimulatorApplication")
			.jvmArg("-Xmx256m")
			.env("SERVER_PORT", Integer.toString(port))
			.start()) {
			String baseUrl = "http://127.0.0.1:" + port;
			SimulatorControl control = new SimulatorControl(baseUrl);
			await().atMost(Duration.ofSeconds(90))
				.ignoreExceptions()
				.until(() -> control.requests() != null || !simulator.isAlive());
			assertThat(simulator.isAlive()).as(simulator.output()).isTrue();
			OrganizationState org = control.putOrganization("big",
					OrganizationScenario.of("big-client", "secret", "Agents", 1));
			String conversationId = control
				.createCalls("big",
						CallRequest.answeredBy(org.agentUserIds().get(0))
							.withRecording(1, "AVAILABLE", 1, SIZE)
							.startedAt(Instant.now().minus(Duration.ofHours(1))))
				.get(0);
			String mediaUri = mediaUri(baseUrl, conversationId, "WAV");
			String ulawUri = mediaUri(baseUrl, conversationId, "WAV_ULAW");

			Download download = download(mediaUri, SIZE);
			Download ulaw = download(ulawUri, (SIZE - 44) / 2 + 58);
			RuntimeFigures heap = control.runtime();
			GroundTruthRecording truth = control.groundTruth("big", null, null, true)
				.conversations()
				.get(0)
				.recordings()
				.get(0);

			System.out.printf(
					"1 GB recording: %,d bytes in %.1f s = %.0f MB/s; simulator heap peak %d MB of %d MB max%n",
					download.bytes(), download.seconds(), download.bytes() / 1e6 / download.seconds(),
					heap.heapPeakBytes() >> 20, heap.heapMaxBytes() >> 20);
			System.out.printf("its μ-law form: %,d bytes in %.1f s = %.0f MB/s%n", ulaw.bytes(), ulaw.seconds(),
					ulaw.bytes() / 1e6 / ulaw.seconds());
			assertThat(download.bytes()).isEqualTo(SIZE);
			assertThat(WavHeader.parse(download.header()).dataSize()).isEqualTo(SIZE - 44);
			assertThat(WavHeader.parse(download.header()).riffSize()).isEqualTo(SIZE - 8);
			assertThat(download.sha256()).isEqualTo(truth.sha256());
			assertThat(ulaw.bytes()).isEqualTo(truth.ulawBytes()).isEqualTo((SIZE - 44) / 2 + 58);
			assertThat(ulaw.sha256()).isEqualTo(truth.ulawSha256());
			assertThat(ulaw.header()[20]).as("format tag: μ-law").isEqualTo((byte) 7);
			assertThat(heap.heapMaxBytes()).isLessThanOrEqualTo(256L << 20);
			assertThat(simulator.isAlive()).isTrue();
		}
	}

	private static String mediaUri(String baseUrl, String conversationId, String formatId) throws Exception {
		String token = SimulatorClients.token(baseUrl, "big-client", "secret");
		try (Response response = SimulatorClients.get(baseUrl + "/api/v2/conversations/" + conversationId
				+ "/recordings?formatId=" + formatId + "&maxWaitMs=0", token)) {
			JsonNode recordings = GenesysMapper.get().readTree(response.body().string());
			assertThat(recordings.get(0).has("outputSizeInBytes")).isTrue();
			return recordings.get(0).path("mediaUris").path("S").path("mediaUri").asText();
		}
	}

	private static Download download(String mediaUri, long size) throws Exception {
		OkHttpClient client = SimulatorClients.HTTP.newBuilder().readTimeout(Duration.ofMinutes(2)).build();
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		long started = System.nanoTime();
		try (Response response = client.newCall(new Request.Builder().url(mediaUri).build()).execute();
				InputStream in = response.body().byteStream()) {
			assertThat(response.code()).isEqualTo(200);
			assertThat(response.header("Content-Length")).isEqualTo(Long.toString(size));
			byte[] headerBytes = in.readNBytes(44);
			sha256.update(headerBytes);
			long total = headerBytes.length;
			byte[] buffer = new byte[256 * 1024];
			int read;
			while ((read = in.read(buffer)) >= 0) {
				sha256.update(buffer, 0, read);
				total += read;
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			return new Download(total, seconds, HexFormat.of().formatHex(sha256.digest()), headerBytes);
		}
	}

	private record Download(long bytes, double seconds, String sha256, byte[] header) {
	}

}
