package io.callimport.testsupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test class of a module that has test-support on its test classpath
 * (JUnit's extension autodetection, switched on in the root pom's surefire
 * configuration).
 * <p>
 * Awaitility by default fails the waiting test with any exception a thread of the JVM
 * leaves uncaught. The outage tests cut connections on purpose, and Spring AMQP's own
 * helper threads (the asynchronous confirm wait of a channel returned to the cache, a
 * channel closed while its executor stops) then throw where no code of ours can catch it;
 * the test failed on that noise instead of on what it checks (nothing lost, nothing
 * twice), which it still asserts. Such exceptions are still printed by the JVM's default
 * handler.
 */
public class AwaitilityDefaults implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		Awaitility.doNotCatchUncaughtExceptionsByDefault();
	}

}
