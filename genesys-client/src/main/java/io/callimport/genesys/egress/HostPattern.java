package io.callimport.genesys.egress;

import java.util.Locale;

/**
 * One allowed host: {@code media.example.com} exactly, or {@code *.example.com} for any
 * host below {@code example.com} (not {@code example.com} itself).
 */
record HostPattern(String pattern) {

	HostPattern {
		pattern = pattern.trim().toLowerCase(Locale.ROOT);
		if (pattern.isEmpty() || pattern.equals("*") || pattern.equals("*.") || pattern.indexOf('*', 1) >= 0
				|| (pattern.startsWith("*") && !pattern.startsWith("*."))) {
			throw new IllegalArgumentException(
					"An allowed host is a host name or '*.' followed by a domain, not '" + pattern + "'");
		}
	}

	boolean matches(String host) {
		String wanted = host.toLowerCase(Locale.ROOT);
		if (wanted.endsWith(".")) {
			wanted = wanted.substring(0, wanted.length() - 1);
		}
		return this.pattern.startsWith("*.") ? wanted.endsWith(this.pattern.substring(1)) : wanted.equals(this.pattern);
	}

	@Override
	public String toString() {
		return this.pattern;
	}

}
