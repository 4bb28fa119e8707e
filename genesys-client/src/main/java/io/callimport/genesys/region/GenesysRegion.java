package io.callimport.genesys.region;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every Genesys Cloud region, by the domain an organisation lives under. The API host is
 * {@code api.<domain>}, the login host {@code login.<domain>}.
 */
public enum GenesysRegion {

	US_EAST_1("mypurecloud.com"), US_EAST_2_FEDRAMP("use2.us-gov-pure.cloud"), US_WEST_2("usw2.pure.cloud"),
	CA_CENTRAL_1("cac1.pure.cloud"), SA_EAST_1("sae1.pure.cloud"), MX_CENTRAL_1("mxc1.pure.cloud"),
	EU_WEST_1("mypurecloud.ie"), EU_WEST_2("euw2.pure.cloud"), EU_CENTRAL_1("mypurecloud.de"),
	EU_CENTRAL_2("euc2.pure.cloud"), ME_CENTRAL_1("mec1.pure.cloud"), AP_SOUTH_1("aps1.pure.cloud"),
	AP_NORTHEAST_1("mypurecloud.jp"), AP_NORTHEAST_2("apne2.pure.cloud"), AP_NORTHEAST_3("apne3.pure.cloud"),
	AP_SOUTHEAST_1("apse1.pure.cloud"), AP_SOUTHEAST_2("mypurecloud.com.au");

	private final String domain;

	GenesysRegion(String domain) {
		this.domain = domain;
	}

	/** The region domain, e.g. {@code mypurecloud.com}. */
	public String domain() {
		return this.domain;
	}

	public URI apiBaseUrl() {
		return URI.create("https://api." + this.domain);
	}

	public URI loginBaseUrl() {
		return URI.create("https://login." + this.domain);
	}

	/**
	 * The region for a domain ({@code mypurecloud.ie}) or, as a convenience, for its AWS
	 * style name ({@code eu_west_1}, {@code eu-west-1}); case and surrounding blanks do
	 * not matter.
	 * @throws IllegalArgumentException naming every valid domain when none matches
	 */
	public static GenesysRegion fromDomain(String region) {
		String wanted = region.trim().toLowerCase(Locale.ROOT);
		for (GenesysRegion candidate : values()) {
			if (candidate.domain.equals(wanted) || candidate.awsName().equals(wanted.replace('-', '_'))) {
				return candidate;
			}
		}
		throw new IllegalArgumentException(
				"Unknown Genesys Cloud region '" + region + "'; valid region domains are: " + validDomains());
	}

	/** Every valid domain, comma separated, for error messages. */
	public static String validDomains() {
		return Arrays.stream(values()).map(GenesysRegion::domain).collect(Collectors.joining(", "));
	}

	/** The AWS region the Genesys region runs in, e.g. {@code eu-west-1}. */
	public String awsRegion() {
		return awsName().replace('_', '-');
	}

	private String awsName() {
		return name().toLowerCase(Locale.ROOT).replace("_fedramp", "");
	}

}
