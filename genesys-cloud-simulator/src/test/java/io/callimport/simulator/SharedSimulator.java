package io.callimport.simulator;

/**
 * One simulator for every test class of this JVM (each class uses organisations of its
 * own); it stops with the JVM.
 */
public final class SharedSimulator {

	private static volatile GenesysCloudSimulator instance;

	private SharedSimulator() {
	}

	public static synchronized GenesysCloudSimulator get() {
		if (instance == null) {
			instance = GenesysCloudSimulator.start();
			Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "stop-simulator"));
		}
		return instance;
	}

}
