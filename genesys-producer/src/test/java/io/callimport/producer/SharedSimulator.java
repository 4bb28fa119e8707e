package io.callimport.producer;

import io.callimport.simulator.GenesysCloudSimulator;

/**
 * One Genesys simulator for the test JVM; every test class uses organisations of its own.
 */
public final class SharedSimulator {

	private static GenesysCloudSimulator simulator;

	private SharedSimulator() {
	}

	public static synchronized GenesysCloudSimulator get() {
		if (simulator == null) {
			simulator = GenesysCloudSimulator.start();
			Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "stop-simulator"));
		}
		return simulator;
	}

}
