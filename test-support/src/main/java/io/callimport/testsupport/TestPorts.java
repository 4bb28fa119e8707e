package io.callimport.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Ports for a service a test starts later on a port it must know in advance (a child
 * JVM's admin or management port). A port taken from {@code new ServerSocket(0)} and
 * released comes from the kernel's ephemeral range, where an outgoing connection of a
 * test JVM running beside this one may take it before the service binds it. These lie
 * below that range (Linux: 32768 and up), and each is claimed with a file lock held until
 * this JVM exits, so test JVMs running side by side (Surefire forks, parallel module
 * builds, two checkouts) never hand out the same one.
 */
public final class TestPorts {

	private static final int FIRST = 21_000;

	private static final int COUNT = 11_000;

	private static final Path LOCKS = Path.of(System.getProperty("java.io.tmpdir"), "callimport-test-ports");

	/** Held, never released: the operating system drops them when the JVM ends. */
	private static final List<FileLock> claimed = new ArrayList<>();

	/**
	 * Where this JVM starts looking, so that JVMs do not all contend for the same port.
	 */
	private static int next = (int) (ProcessHandle.current().pid() % COUNT);

	private TestPorts() {
	}

	/** A port nothing listens on now, claimed by no other live test JVM. */
	public static synchronized int free() {
		for (int attempt = 0; attempt < COUNT; attempt++) {
			int port = FIRST + (next++ % COUNT);
			if (claim(port) && available(port)) {
				return port;
			}
		}
		throw new IllegalStateException("No free port in " + FIRST + "-" + (FIRST + COUNT - 1));
	}

	private static boolean claim(int port) {
		try {
			Files.createDirectories(LOCKS);
			FileChannel channel = FileChannel.open(LOCKS.resolve(port + ".lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				return false;
			}
			claimed.add(lock);
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean available(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
