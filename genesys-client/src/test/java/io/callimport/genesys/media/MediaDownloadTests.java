package io.callimport.genesys.media;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.GenesysClients;
import io.callimport.genesys.GenesysCredentials;
import io.callimport.genesys.GenesysProperties;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.model.settings.ClientSecret;
import io.callimport.testsupport.JavaProcess;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Recording media: streamed from the pre-signed URI without a token, retried before the
 * body starts, measured, and never held whole in memory.
 */
class MediaDownloadTests {

	private static final String SIGNED_QUERY = "?X-Amz-Signature=abcdef0123456789&X-Amz-Expires=600";

	private final MockWebServer server = new MockWebServer();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private GenesysClients clients;

	private GenesysClient client;

	@BeforeEach
	void start() throws Exception {
		this.server.start();
		// the mock server stands in for the configured Genesys host, trusted as it is
		this.clients = new GenesysClients(MediaLimitTests.trusting(this.server, GenesysProperties.Media.defaults()),
				this.registry);
		this.client = this.clients.forTenant("tenant-a",
				new GenesysCredentials("mypurecloud.ie", "client-1", new ClientSecret("secret-1")));
	}

	@AfterEach
	void stop() {
		this.clients.close();
		this.server.close();
	}

	@Test
	void streamsTheMediaWithoutATokenAndCountsItsBytes() throws Exception {
		this.server
			.enqueue(new MockResponse.Builder().addHeader("Content-Type", "audio/wav").body("RIFF-audio").build());

		try (RecordingMedia media = this.client.openMedia(mediaUri()); InputStream body = media.body()) {
			assertThat(media.contentLength()).isEqualTo(10);
			assertThat(media.contentType()).isEqualTo("audio/wav");
			assertThat(new String(body.readAllBytes())).isEqualTo("RIFF-audio");
		}

		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getHeaders().get("Authorization")).isNull();
		assertThat(request.getUrl().queryParameter("X-Amz-Signature")).isEqualTo("abcdef0123456789");
		assertThat(this.registry.get("genesys.media.bytes").summary().totalAmount()).isEqualTo(10);
		assertThat(this.registry.get("genesys.media.requests").tags("status", "200").timer().count()).isEqualTo(1);
		assertThat(this.registry.find("genesys.budget.wait").timer()).as("media is not an API call").isNull();
	}

	@Test
	void retriesUntilTheBodyStarts() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(503).build());
		this.server.enqueue(new MockResponse.Builder().body("audio").build());

		try (RecordingMedia media = this.client.openMedia(mediaUri())) {
			assertThat(media.body().readAllBytes()).hasSize(5);
		}

		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void reportsAnExpiredUriAsForbiddenWithoutItsSignature() {
		this.server.enqueue(new MockResponse.Builder().code(403).body("<Error>AccessDenied</Error>").build());

		GenesysException failure = catchThrowableOfType(GenesysException.class,
				() -> this.client.openMedia(mediaUri()));

		assertThat(failure.kind()).isEqualTo(GenesysFailureKind.FORBIDDEN);
		assertThat(failure).hasMessageContaining("answered HTTP 403")
			.hasMessageContaining("/recordings/r1.wav")
			.hasMessageNotContaining("abcdef0123456789");
	}

	@Test
	void rejectsAUriThatIsNotHttps() {
		GenesysException failure = catchThrowableOfType(GenesysException.class,
				() -> this.client.openMedia(URI.create("file:///etc/passwd")));

		assertThat(failure.kind()).isEqualTo(GenesysFailureKind.PERMANENT);
		assertThat(failure).hasMessageContaining("only https is allowed, not 'file'");
	}

	@Test
	void streamsARecordingMuchLargerThanTheHeap() throws Exception {
		GeneratedMedia media = new GeneratedMedia(256L * 1024 * 1024);
		this.server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "audio/wav").body(media).build());

		try (JavaProcess probe = JavaProcess.builder(MediaStreamingProbe.class.getName())
			.jvmArg("-Xmx32m")
			.arg(mediaUri().toString())
			.start()) {
			assertThat(probe.waitFor(Duration.ofMinutes(2))).isTrue();
			String output = probe.output();
			System.out.println("256 MiB through a 32 MiB heap: " + output.lines().reduce((a, b) -> b).orElse(""));
			assertThat(probe.exitValue()).as(output).isZero();
			assertThat(output).contains("bytes=" + media.getContentLength() + " sha256=" + media.sha256());
		}
	}

	private URI mediaUri() {
		return URI.create(MediaLimitTests.trustedUrl(this.server, "/recordings/r1.wav") + SIGNED_QUERY);
	}

}
