package io.callimport.genesys.egress;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

import org.jspecify.annotations.Nullable;

/**
 * Addresses a URI from Genesys must never reach: loopback, link-local (the cloud metadata
 * service lives at 169.254.169.254), private and carrier-grade NAT ranges, unique-local
 * IPv6, wildcard and multicast.
 */
final class Addresses {

	private Addresses() {
	}

	static boolean isInternal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			// 0.0.0.0/8 "this network", 100.64.0.0/10 carrier-grade NAT
			return first == 0 || (first == 100 && second >= 64 && second < 128);
		}
		// fc00::/7 unique local
		return address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
	}

	/** An IP literal host, without a DNS lookup; null for a name. */
	static @Nullable InetAddress literal(String host) {
		String bare = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		boolean ipv4 = bare.matches("[0-9.]+");
		boolean ipv6 = bare.indexOf(':') >= 0;
		if (!ipv4 && !ipv6) {
			return null;
		}
		try {
			// a literal is parsed, never looked up
			return InetAddress.getByName(bare);
		}
		catch (java.net.UnknownHostException ex) {
			return null;
		}
	}

}
