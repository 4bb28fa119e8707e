package io.callimport.genesys.media;

import java.io.InputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.util.HexFormat;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.GenesysClients;
import io.callimport.genesys.GenesysCredentials;
import io.callimport.genesys.GenesysProperties;
import io.callimport.model.settings.ClientSecret;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Run in a child JVM with a small heap: downloads one media URI through
 * {@link GenesysClient#openMedia} and prints its size, hash and the heap it needed.
 */
public final class MediaStreamingProbe {

	private MediaStreamingProbe() {
	}

	public static void main(String[] args) throws Exception {
		try (GenesysClients clients = new GenesysClients(trusting(URI.create(args[0])), new SimpleMeterRegistry())) {
			GenesysClient client = clients.forTenant("probe",
					new GenesysCredentials("mypurecloud.com", "probe", new ClientSecret("unused")));
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			long bytes = 0;
			byte[] buffer = new byte[64 * 1024];
			try (RecordingMedia media = client.openMedia(URI.create(args[0])); InputStream in = media.body()) {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					digest.update(buffer, 0, read);
					bytes += read;
				}
			}
			Runtime runtime = Runtime.getRuntime();
			System.out.printf("bytes=%d sha256=%s maxHeapMiB=%d usedHeapMiB=%d%n", bytes,
					HexFormat.of().formatHex(digest.digest()), runtime.maxMemory() >> 20,
					(runtime.totalMemory() - runtime.freeMemory()) >> 20);
		}
	}

	/** Trusts the test server's host, as a configured Genesys base URL is. */
	private static GenesysProperties trusting(URI media) {
		URI base = URI.create(media.getScheme() + "://" + media.getHost() + ":" + media.getPort());
		GenesysProperties defaults = GenesysProperties.defaults();
		return new GenesysProperties(base, base, defaults.tokenRenewalMargin(), defaults.budget(), defaults.retry(),
				defaults.timeouts(), defaults.websocket());
	}

}
