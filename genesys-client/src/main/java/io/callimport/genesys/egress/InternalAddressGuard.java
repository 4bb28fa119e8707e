package io.callimport.genesys.egress;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;

import okhttp3.Dns;

/**
 * Looks a host up and refuses it when any of its addresses is internal (loopback,
 * link-local, private), unless the host is a trusted one. Checked here, at connect time,
 * so that a name that resolves differently later (DNS rebinding) is caught too. The
 * refusal is unchecked so that neither OkHttp nor the retry interceptor takes it for a
 * network failure worth another attempt; the caller unwraps it.
 */
public final class InternalAddressGuard implements Dns {

	private final Dns delegate;

	private final Set<String> trusted;

	public InternalAddressGuard(Dns delegate, Set<String> trustedHosts) {
		this.delegate = delegate;
		this.trusted = Set.copyOf(trustedHosts);
	}

	@Override
	public List<InetAddress> lookup(String host) throws UnknownHostException {
		List<InetAddress> addresses = this.delegate.lookup(host);
		if (this.trusted.contains(host.toLowerCase(java.util.Locale.ROOT))) {
			return addresses;
		}
		for (InetAddress address : addresses) {
			if (Addresses.isInternal(address)) {
				throw new UncheckedIOException(new UriRefusedException("Host " + host
						+ " is refused: it resolves to the internal address " + address.getHostAddress()));
			}
		}
		return addresses;
	}

	/** The refusal inside an exception the guard threw, if it is one. */
	public static @org.jspecify.annotations.Nullable UriRefusedException refusal(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof UriRefusedException refused) {
				return refused;
			}
		}
		return null;
	}

}
