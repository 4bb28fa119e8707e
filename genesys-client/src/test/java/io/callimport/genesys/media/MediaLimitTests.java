package io.callimport.genesys.media;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.GenesysClients;
import io.callimport.genesys.GenesysCredentials;
import io.callimport.genesys.GenesysProperties;
import io.callimport.genesys.egress.UriRefusedException;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.genesys.media.MediaLimitException.Breach;
import io.callimport.model.settings.ClientSecret;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Where a recording may come from (https, the region's hosts, no internal address, no
 * redirect elsewhere) and how large and slow it may be. The mock server plays the
 * configured Genesys host, trusted as it is, at 127.0.0.1; {@code localhost} is the same
 * server under a name that is not trusted.
 */
class MediaLimitTests {

	private final MockWebServer server = new MockWebServer();

	private GenesysClients clients;

	@BeforeEach
	void start() throws Exception {
		this.server.start();
	}

	@AfterEach
	void stop() {
		if (this.clients != null) {
			this.clients.close();
		}
		this.server.close();
	}

	@Test
	void refusesPlainHttpEvenToARegionHost() {
		assertRefused(client(media()), "http://api.mypurecloud.ie/api/v2/downloads/abc", "only https is allowed");
	}

	@Test
	void refusesAHostOutsideTheRegionAndTheList() {
		assertRefused(client(media()), "https://media.example.com/r1.wav", "is not one of the allowed hosts");
	}

	@Test
	void refusesTheMetadataAddressEvenWhenAnOperatorListedIt() {
		assertRefused(client(media().withHosts("169.254.169.254")), "https://169.254.169.254/latest/meta-data/",
				"169.254.169.254 is an internal address");
	}

	@Test
	void refusesAnAllowedHostThatResolvesToAnInternalAddress() {
		assertRefused(client(media().withHosts("localhost")), "https://localhost:" + this.server.getPort() + "/r1.wav",
				"resolves to the internal address");
	}

	@Test
	void followsARedirectWithinTheAllowedHosts() throws Exception {
		this.server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/signed/r1.wav").build());
		this.server.enqueue(new MockResponse.Builder().body("RIFF-audio").build());

		try (RecordingMedia media = client(media()).openMedia(uri("/downloads/r1"))) {
			assertThat(new String(media.body().readAllBytes())).isEqualTo("RIFF-audio");
		}
		assertThat(this.server.takeRequest().getUrl().encodedPath()).isEqualTo("/downloads/r1");
		assertThat(this.server.takeRequest().getUrl().encodedPath()).isEqualTo("/signed/r1.wav");
	}

	@Test
	void refusesARedirectToAHostOutsideTheList() {
		this.server.enqueue(new MockResponse.Builder().code(302)
			.addHeader("Location", "http://localhost:" + this.server.getPort() + "/internal/admin")
			.build());

		GenesysException failure = assertRefused(client(media()), uri("/downloads/r1").toString(),
				"recording media redirect http://localhost:" + this.server.getPort() + "/internal/admin is refused");
		assertThat(failure).hasMessageNotContaining("signature");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void refusesARedirectToTheMetadataService() {
		this.server.enqueue(new MockResponse.Builder().code(307)
			.addHeader("Location", "https://169.254.169.254/latest/meta-data/iam")
			.build());

		assertRefused(client(media()), uri("/downloads/r1").toString(), "not one of the allowed hosts");
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void refusesARecordingListedOverTheCapWithoutDownloadingIt() {
		GenesysException failure = catchThrowableOfType(GenesysException.class,
				() -> client(media().withMaxSize(DataSize.ofKilobytes(1))).openMedia(uri("/r1.wav"), 5000));

		assertBreach(failure, Breach.TOO_LARGE, "5000 bytes as listed, over the cap of 1024 bytes");
		assertThat(this.server.getRequestCount()).isZero();
	}

	@Test
	void refusesAContentLengthOverTheCap() {
		this.server.enqueue(new MockResponse.Builder().body("x".repeat(2048)).build());

		GenesysException failure = catchThrowableOfType(GenesysException.class,
				() -> client(media().withMaxSize(DataSize.ofKilobytes(1))).openMedia(uri("/r1.wav")));

		assertBreach(failure, Breach.TOO_LARGE, "2048 bytes as its Content-Length says");
	}

	@Test
	void stopsAnUndeclaredBodyAtTheCap() throws Exception {
		this.server.enqueue(new MockResponse.Builder().chunkedBody("x".repeat(3000), 256).build());

		try (RecordingMedia media = client(media().withMaxSize(DataSize.ofKilobytes(1))).openMedia(uri("/r1.wav"));
				InputStream body = media.body()) {
			MediaLimitException failure = catchThrowableOfType(MediaLimitException.class, body::readAllBytes);
			assertThat(failure.breach()).isEqualTo(Breach.TOO_LARGE);
			assertThat(failure).hasMessageContaining("more than 1024 bytes (the cap, genesys.media.max-size)");
		}
	}

	@Test
	void stopsAnUndeclaredBodyLargerThanListed() throws Exception {
		Buffer threeMegabytes = new Buffer().write(new byte[3 * 1024 * 1024]);
		this.server.enqueue(new MockResponse.Builder().chunkedBody(threeMegabytes, 64 * 1024).build());

		try (RecordingMedia media = client(media()).openMedia(uri("/r1.wav"), 1000); InputStream body = media.body()) {
			MediaLimitException failure = catchThrowableOfType(MediaLimitException.class, body::readAllBytes);
			assertThat(failure.breach()).isEqualTo(Breach.TOO_LARGE);
			assertThat(failure).hasMessageContaining("(the 1000 bytes listed)");
		}
	}

	@Test
	void endsATricklingDownloadAtItsDeadlineAndFreesTheThread() {
		// 100 KB at 1 KB a second would take 100 s; the deadline is 1 s + 100 KB / 1 MB/s
		this.server.enqueue(
				new MockResponse.Builder().body("x".repeat(100_000)).throttleBody(1024, 1, TimeUnit.SECONDS).build());
		GenesysClient client = client(media().withDeadline(Duration.ofSeconds(1), DataSize.ofMegabytes(1)));

		MediaLimitException failure = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
			try (RecordingMedia media = client.openMedia(uri("/r1.wav")); InputStream body = media.body()) {
				return catchThrowableOfType(MediaLimitException.class, body::readAllBytes);
			}
		});

		assertThat(failure.breach()).isEqualTo(Breach.DEADLINE_EXCEEDED);
		assertThat(failure).hasMessageContaining("did not finish within its deadline of 1 s");
	}

	private GenesysException assertRefused(GenesysClient client, String uri, String why) {
		GenesysException failure = catchThrowableOfType(GenesysException.class,
				() -> client.openMedia(URI.create(uri + "?X-Amz-Signature=signature-value")));
		assertThat(failure.kind()).isEqualTo(GenesysFailureKind.PERMANENT);
		assertThat(failure.getCause()).isInstanceOf(UriRefusedException.class);
		assertThat(failure).hasMessageContaining(why).hasMessageNotContaining("signature-value");
		return failure;
	}

	private static void assertBreach(GenesysException failure, Breach breach, String message) {
		assertThat(failure.kind()).isEqualTo(GenesysFailureKind.PERMANENT);
		assertThat(failure.getCause()).isInstanceOfSatisfying(MediaLimitException.class,
				(limit) -> assertThat(limit.breach()).isEqualTo(breach));
		assertThat(failure).hasMessageContaining(message);
	}

	private GenesysClient client(MediaSettings media) {
		this.clients = new GenesysClients(trusting(this.server, media.build()), new SimpleMeterRegistry());
		return this.clients.forTenant("tenant-a",
				new GenesysCredentials("mypurecloud.ie", "client-1", new ClientSecret("secret-1")));
	}

	private URI uri(String path) {
		return URI.create(trustedUrl(this.server, path));
	}

	private static MediaSettings media() {
		return new MediaSettings(List.of(), DataSize.ofGigabytes(4), Duration.ofMinutes(2), DataSize.ofMegabytes(1));
	}

	/** Properties whose configured Genesys host is the mock server at 127.0.0.1. */
	static GenesysProperties trusting(MockWebServer server, GenesysProperties.Media media) {
		URI base = URI.create(trustedUrl(server, ""));
		GenesysProperties defaults = GenesysProperties.defaults();
		return new GenesysProperties(base, base, defaults.tokenRenewalMargin(), defaults.budget(), defaults.retry(),
				defaults.timeouts(), defaults.websocket())
			.withMedia(media);
	}

	static String trustedUrl(MockWebServer server, String path) {
		return "http://127.0.0.1:" + server.getPort() + path;
	}

	private record MediaSettings(List<String> hosts, DataSize maxSize, Duration base, DataSize throughput) {

		MediaSettings withHosts(String... allowed) {
			return new MediaSettings(List.of(allowed), this.maxSize, this.base, this.throughput);
		}

		MediaSettings withMaxSize(DataSize size) {
			return new MediaSettings(this.hosts, size, this.base, this.throughput);
		}

		MediaSettings withDeadline(Duration deadlineBase, DataSize minThroughput) {
			return new MediaSettings(this.hosts, this.maxSize, deadlineBase, minThroughput);
		}

		GenesysProperties.Media build() {
			return new GenesysProperties.Media(this.hosts, this.maxSize, this.base, this.throughput);
		}

	}

}
