package io.callimport.testsupport;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One fresh database of the test PostgreSQL server.
 */
public record TestDatabase(String jdbcUrl, String username, String password, String name) {

	private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(.+)");

	/** A {@link TcpProxy} in front of this database's server, for outage tests. */
	public TcpProxy startProxy() {
		Matcher url = parsedUrl();
		return TcpProxy.start(url.group(1), Integer.parseInt(url.group(2)));
	}

	/** The JDBC URL of this database through the proxy. */
	public String jdbcUrlVia(TcpProxy proxy) {
		return "jdbc:postgresql://" + proxy.host() + ":" + proxy.port() + "/" + parsedUrl().group(3);
	}

	private Matcher parsedUrl() {
		Matcher url = JDBC_URL.matcher(this.jdbcUrl);
		if (!url.matches()) {
			throw new IllegalStateException("Unexpected JDBC URL " + this.jdbcUrl);
		}
		return url;
	}

	/** The Spring Boot properties that point a datasource at this database. */
	public Map<String, String> springProperties() {
		return Map.of("spring.datasource.url", this.jdbcUrl, "spring.datasource.username", this.username,
				"spring.datasource.password", this.password);
	}

	public void registerWith(DynamicPropertyRegistry registry) {
		springProperties().forEach((key, value) -> registry.add(key, () -> value));
	}

}
