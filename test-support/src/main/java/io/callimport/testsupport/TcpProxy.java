package io.callimport.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP proxy in front of a real service, to test what happens when the network between a
 * service and its broker or database fails. {@link #cut()} drops every open connection
 * abruptly and refuses new ones until {@link #restore()}.
 */
public final class TcpProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final ServerSocket server;

	private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "tcp-proxy");
		thread.setDaemon(true);
		return thread;
	});

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean cut = new AtomicBoolean();

	private volatile boolean closed;

	private volatile long bytesPerSecond;

	private TcpProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		this.server = new ServerSocket();
		this.server.setReuseAddress(true);
		this.server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		this.threads.execute(this::accept);
	}

	/** A proxy on a free loopback port forwarding to {@code host:port}. */
	public static TcpProxy start(String host, int port) {
		try {
			return new TcpProxy(host, port);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot open a proxy port", ex);
		}
	}

	public String host() {
		return this.server.getInetAddress().getHostAddress();
	}

	public int port() {
		return this.server.getLocalPort();
	}

	/**
	 * Drops every connection at once (no FIN handshake with the far side) and refuses new
	 * ones.
	 */
	public void cut() {
		this.cut.set(true);
		this.open.forEach(TcpProxy::abort);
		this.open.clear();
	}

	/** Accepts connections again. */
	public void restore() {
		this.cut.set(false);
	}

	public boolean isCut() {
		return this.cut.get();
	}

	/**
	 * Paces each direction of each connection to at most this many bytes a second (0: as
	 * fast as it goes), e.g. to make a large transfer take a few seconds.
	 */
	public void throttle(long bytesPerSecond) {
		this.bytesPerSecond = bytesPerSecond;
	}

	private void accept() {
		while (!this.closed) {
			try {
				Socket client = this.server.accept();
				if (this.cut.get()) {
					abort(client);
					continue;
				}
				Socket upstream = new Socket(this.targetHost, this.targetPort);
				this.open.add(client);
				this.open.add(upstream);
				this.threads.execute(() -> pump(client, upstream));
				this.threads.execute(() -> pump(upstream, client));
			}
			catch (IOException ex) {
				if (this.closed) {
					return;
				}
			}
		}
	}

	private void pump(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		long started = System.nanoTime();
		long sent = 0;
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				if (this.cut.get()) {
					break;
				}
				out.write(buffer, 0, read);
				out.flush();
				sent += read;
				pace(started, sent);
			}
		}
		catch (IOException ex) {
			// one side went away; close both below
		}
		finally {
			this.open.remove(from);
			this.open.remove(to);
			abort(from);
			abort(to);
		}
	}

	private void pace(long started, long sent) {
		long rate = this.bytesPerSecond;
		if (rate > 0) {
			long due = started + (long) (sent * 1e9 / rate);
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
		}
	}

	private static void abort(Socket socket) {
		try {
			socket.setSoLinger(true, 0);
		}
		catch (SocketException ex) {
			// already closed
		}
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	@Override
	public void close() {
		this.closed = true;
		cut();
		try {
			this.server.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
		this.threads.shutdownNow();
	}

}
