package io.callimport.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Everything this JVM writes to standard output and error from the moment it is installed
 * (the console log included: Logback's console appender writes through
 * {@code System.out}), for the tests that grep for secrets. Shared by the modules whose
 * tests prove that no secret reaches a log.
 */
public final class CapturedOutput {

	private static final ByteArrayOutputStream captured = new ByteArrayOutputStream();

	private static boolean installed;

	private CapturedOutput() {
	}

	public static synchronized void install() {
		if (!installed) {
			System.setOut(new PrintStream(new Tee(System.out), true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(new Tee(System.err), true, StandardCharsets.UTF_8));
			installed = true;
		}
	}

	public static String text() {
		synchronized (captured) {
			return captured.toString(StandardCharsets.UTF_8);
		}
	}

	private static final class Tee extends OutputStream {

		private final OutputStream original;

		Tee(OutputStream original) {
			this.original = original;
		}

		@Override
		public void write(int b) throws java.io.IOException {
			this.original.write(b);
			synchronized (captured) {
				captured.write(b);
			}
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
			this.original.write(bytes, offset, length);
			synchronized (captured) {
				captured.write(bytes, offset, length);
			}
		}

		@Override
		public void flush() throws java.io.IOException {
			this.original.flush();
		}

	}

}
