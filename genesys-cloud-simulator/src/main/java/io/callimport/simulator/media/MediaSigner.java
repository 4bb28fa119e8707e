package io.callimport.simulator.media;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.callimport.simulator.control.HostileMedia;

import org.springframework.stereotype.Component;

/**
 * Pre-signed media URIs: an expiry and an HMAC-SHA256 signature over the format,
 * recording id and expiry with a key of this simulator instance. No token is needed; a
 * wrong or expired signature is refused, and a URI signed for one format does not open
 * the other.
 */
@Component
public class MediaSigner {

	private final byte[] key = new byte[32];

	MediaSigner() {
		new SecureRandom().nextBytes(this.key);
	}

	public String uri(String baseUrl, String recordingId, MediaFormat format, Instant expires) {
		long epoch = expires.getEpochSecond();
		return baseUrl + path(format) + recordingId + ".wav?expires=" + epoch + "&signature="
				+ sign(format, recordingId, epoch);
	}

	/**
	 * The signed URI, or the hostile one the organisation's faults ask for instead: the
	 * same path and signature at a host an importer must refuse.
	 */
	public String uri(String baseUrl, String recordingId, MediaFormat format, Instant expires, HostileMedia hostile) {
		String signed = uri(baseUrl, recordingId, format, expires);
		String pathAndQuery = signed.substring(baseUrl.length());
		return switch (hostile) {
			case PLAIN_HTTP -> "http://media.callimport.invalid" + pathAndQuery;
			case LINK_LOCAL -> "https://169.254.169.254/latest/meta-data" + pathAndQuery;
			case PRIVATE_ADDRESS -> "https://10.0.0.1" + pathAndQuery;
			default -> signed;
		};
	}

	boolean verify(MediaFormat format, String recordingId, long expires, String signature, Instant now) {
		boolean signed = MessageDigest.isEqual(sign(format, recordingId, expires).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
		return signed && now.getEpochSecond() < expires;
	}

	// One path per format, so request counts tell PCM downloads from trunk-codec ones.
	private static String path(MediaFormat format) {
		return switch (format) {
			case WAV -> MediaController.WAV_PATH;
			case WAV_ULAW -> MediaController.ULAW_PATH;
		};
	}

	private String sign(MediaFormat format, String recordingId, long expires) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			byte[] signature = mac
				.doFinal((format + ":" + recordingId + ":" + expires).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

}
