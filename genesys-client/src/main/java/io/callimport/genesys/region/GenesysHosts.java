package io.callimport.genesys.region;

import java.net.URI;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Where a tenant's Genesys API and login live: the region's hosts unless the deployment
 * overrides them ({@code GENESYS_API_BASE_URL}, {@code GENESYS_LOGIN_BASE_URL}).
 *
 * @param apiBaseUrl e.g. {@code https://api.mypurecloud.ie}, no trailing slash
 * @param loginBaseUrl e.g. {@code https://login.mypurecloud.ie}, no trailing slash
 */
public record GenesysHosts(URI apiBaseUrl, URI loginBaseUrl) {

	public GenesysHosts {
		apiBaseUrl = checked(apiBaseUrl, "apiBaseUrl");
		loginBaseUrl = checked(loginBaseUrl, "loginBaseUrl");
	}

	/**
	 * The hosts for a region domain, each replaced by its override when one is set.
	 * @throws IllegalArgumentException for an unknown region without both overrides
	 */
	public static GenesysHosts resolve(String region, @Nullable URI apiOverride, @Nullable URI loginOverride) {
		if (apiOverride != null && loginOverride != null) {
			return new GenesysHosts(apiOverride, loginOverride);
		}
		GenesysRegion known = GenesysRegion.fromDomain(region);
		return new GenesysHosts((apiOverride != null) ? apiOverride : known.apiBaseUrl(),
				(loginOverride != null) ? loginOverride : known.loginBaseUrl());
	}

	private static URI checked(URI url, String name) {
		Objects.requireNonNull(url, name);
		String scheme = url.getScheme();
		if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme) || url.getHost() == null) {
			throw new IllegalArgumentException(name + " must be an absolute http(s) URL, not '" + url + "'");
		}
		String text = url.toString();
		return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
	}

}
