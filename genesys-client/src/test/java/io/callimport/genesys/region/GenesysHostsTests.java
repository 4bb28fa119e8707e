package io.callimport.genesys.region;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GenesysHostsTests {

	@ParameterizedTest
	@CsvSource({ "mypurecloud.com", "use2.us-gov-pure.cloud", "usw2.pure.cloud", "cac1.pure.cloud", "sae1.pure.cloud",
			"mxc1.pure.cloud", "mypurecloud.ie", "euw2.pure.cloud", "mypurecloud.de", "euc2.pure.cloud",
			"mec1.pure.cloud", "aps1.pure.cloud", "mypurecloud.jp", "apne2.pure.cloud", "apne3.pure.cloud",
			"apse1.pure.cloud", "mypurecloud.com.au" })
	void mapsEveryRegionDomainToItsApiAndLoginHosts(String domain) {
		GenesysHosts hosts = GenesysHosts.resolve(domain, null, null);

		assertThat(hosts.apiBaseUrl()).isEqualTo(URI.create("https://api." + domain));
		assertThat(hosts.loginBaseUrl()).isEqualTo(URI.create("https://login." + domain));
	}

	@Test
	void knowsSeventeenRegions() {
		assertThat(GenesysRegion.values()).hasSize(17);
	}

	@ParameterizedTest
	@CsvSource({ "' MyPureCloud.IE ', mypurecloud.ie", "eu_west_1, mypurecloud.ie", "us-east-2, use2.us-gov-pure.cloud",
			"ap_southeast_2, mypurecloud.com.au" })
	void acceptsCaseBlanksAndAwsStyleNames(String given, String domain) {
		assertThat(GenesysRegion.fromDomain(given).domain()).isEqualTo(domain);
	}

	@Test
	void rejectsAnUnknownRegionListingTheValidOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> GenesysHosts.resolve("mypurecloud.fr", null, null))
			.withMessageContaining("Unknown Genesys Cloud region 'mypurecloud.fr'")
			.withMessageContaining("mypurecloud.com, use2.us-gov-pure.cloud, usw2.pure.cloud")
			.withMessageContaining("apse1.pure.cloud");
	}

	@Test
	void overridesEachHostOnItsOwn() {
		URI simulator = URI.create("http://127.0.0.1:18080/");

		GenesysHosts apiOnly = GenesysHosts.resolve("mypurecloud.ie", simulator, null);
		GenesysHosts loginOnly = GenesysHosts.resolve("mypurecloud.ie", null, simulator);

		assertThat(apiOnly.apiBaseUrl()).hasToString("http://127.0.0.1:18080");
		assertThat(apiOnly.loginBaseUrl()).hasToString("https://login.mypurecloud.ie");
		assertThat(loginOnly.apiBaseUrl()).hasToString("https://api.mypurecloud.ie");
		assertThat(loginOnly.loginBaseUrl()).hasToString("http://127.0.0.1:18080");
	}

	@Test
	void needsNoKnownRegionWhenBothHostsAreOverridden() {
		URI simulator = URI.create("http://127.0.0.1:18080");

		GenesysHosts hosts = GenesysHosts.resolve("sim.local", simulator, simulator);

		assertThat(hosts.apiBaseUrl()).isEqualTo(simulator);
	}

	@Test
	void rejectsAnOverrideThatIsNotAnAbsoluteHttpUrl() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GenesysHosts.resolve("mypurecloud.com", URI.create("ftp://files.example"), null))
			.withMessageContaining("apiBaseUrl must be an absolute http(s) URL");
	}

}
