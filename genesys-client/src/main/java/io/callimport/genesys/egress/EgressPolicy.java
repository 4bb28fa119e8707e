package io.callimport.genesys.egress;

import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.callimport.genesys.region.GenesysRegion;
import org.jspecify.annotations.Nullable;

/**
 * The URIs one tenant's client may open besides the API: https (wss for the notification
 * socket) to a host of the tenant's region or of the configured list, never to an
 * internal address. The hosts of a configured API or login base URL (the simulator, a
 * test server) are the deployment's own choice and are trusted as they are, http and
 * private addresses included.
 */
public final class EgressPolicy {

	private final List<HostPattern> allowed;

	private final Set<String> trusted;

	private EgressPolicy(List<HostPattern> allowed, Set<String> trusted) {
		this.allowed = List.copyOf(allowed);
		this.trusted = Set.copyOf(trusted);
	}

	/**
	 * @param region the tenant's region domain; an unknown one contributes no hosts
	 * @param extraHosts configured host patterns ({@code host} or {@code *.domain})
	 * @param trustedBaseUrls the configured API and login base URLs, if any
	 */
	public static EgressPolicy of(String region, Collection<String> extraHosts, Collection<URI> trustedBaseUrls) {
		List<HostPattern> allowed = new ArrayList<>();
		regionHosts(region).forEach((host) -> allowed.add(new HostPattern(host)));
		extraHosts.stream().filter((host) -> !host.isBlank()).forEach((host) -> allowed.add(new HostPattern(host)));
		return new EgressPolicy(allowed, trustedHosts(trustedBaseUrls));
	}

	/**
	 * The hosts Genesys serves a region's media and sockets from: the region's own domain
	 * ({@code api.}, {@code streaming.}, …) and Amazon S3 in the region's AWS region,
	 * where recording downloads are redirected.
	 */
	static List<String> regionHosts(String region) {
		GenesysRegion known;
		try {
			known = GenesysRegion.fromDomain(region);
		}
		catch (IllegalArgumentException ex) {
			return List.of();
		}
		String aws = known.awsRegion();
		return List.of("*." + known.domain(), "*.s3.amazonaws.com", "*.s3." + aws + ".amazonaws.com",
				"s3." + aws + ".amazonaws.com", "*.s3-" + aws + ".amazonaws.com");
	}

	/** The trusted hosts (lower case) of the configured base URLs. */
	public static Set<String> trustedHosts(Collection<URI> baseUrls) {
		return baseUrls.stream()
			.map(URI::getHost)
			.filter((host) -> host != null && !host.isBlank())
			.map((host) -> host.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Refuses a media URI or redirect that is not https to an allowed host.
	 * @param what names the URI in the message, e.g. "recording media URI"
	 */
	public void checkMedia(URI uri, String what) throws UriRefusedException {
		check(uri, what, "https", "http");
	}

	/** Refuses a notification {@code connectUri} that is not wss to an allowed host. */
	public void checkSocket(URI uri) throws UriRefusedException {
		check(uri, "notification connectUri", "wss", "ws");
	}

	private void check(URI uri, String what, String secure, String plain) throws UriRefusedException {
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		String host = uri.getHost();
		if (host != null && isTrusted(host) && (scheme.equals(secure) || scheme.equals(plain))) {
			return;
		}
		if (!scheme.equals(secure)) {
			throw new UriRefusedException("The " + what + " " + describe(uri) + " is refused: only " + secure
					+ " is allowed" + (scheme.equals(plain) ? "" : ", not '" + scheme + "'"));
		}
		if (host == null || host.isBlank()) {
			throw new UriRefusedException("The " + what + " " + describe(uri) + " is refused: it has no host");
		}
		if (this.allowed.stream().noneMatch((pattern) -> pattern.matches(host))) {
			throw new UriRefusedException("The " + what + " " + describe(uri) + " is refused: host " + host
					+ " is not one of the allowed hosts " + this.allowed
					+ " (add it to GENESYS_MEDIA_ALLOWEDHOSTS if Genesys really serves it)");
		}
		InetAddress literal = Addresses.literal(host);
		if (literal != null && Addresses.isInternal(literal)) {
			throw new UriRefusedException(
					"The " + what + " " + describe(uri) + " is refused: " + host + " is an internal address");
		}
	}

	public boolean isTrusted(String host) {
		return this.trusted.contains(host.toLowerCase(Locale.ROOT));
	}

	/** Scheme, host, port and path: never the query, which carries the signature. */
	public static String describe(@Nullable URI uri) {
		if (uri == null) {
			return "(none)";
		}
		String port = (uri.getPort() != -1) ? ":" + uri.getPort() : "";
		return uri.getScheme() + "://" + uri.getHost() + port + ((uri.getRawPath() != null) ? uri.getRawPath() : "");
	}

}
