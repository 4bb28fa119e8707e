package io.callimport.consumer;

import java.util.Map;

import io.callimport.testsupport.JavaProcess;

/**
 * The consumer application in a child JVM, configured only through environment variables
 * as a deployment would, for tests that kill it or cap its heap.
 */
public final class ChildConsumer {

	private ChildConsumer() {
	}

	/**
	 * A consumer started for a short test (see {@link JavaProcess.Builder#quickStart()}).
	 */
	public static JavaProcess start(ConsumerServices services, String maxHeap, Map<String, String> extraEnvironment) {
		return builder(services, maxHeap, extraEnvironment).quickStart().start();
	}

	/** A consumer with the default JIT, for a test that measures what it moves. */
	public static JavaProcess startForThroughput(ConsumerServices services, String maxHeap,
			Map<String, String> extraEnvironment) {
		return builder(services, maxHeap, extraEnvironment).start();
	}

	private static JavaProcess.Builder builder(ConsumerServices services, String maxHeap,
			Map<String, String> extraEnvironment) {
		return JavaProcess.builder(ConsumerApplication.class.getName())
			.jvmArg("-Xmx" + maxHeap)
			.jvmArg("-XX:+ExitOnOutOfMemoryError")
			.env(services.environment())
			.env(extraEnvironment);
	}

}
