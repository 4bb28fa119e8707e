package io.callimport.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How {@link GenesysCloudSimulator#start(SimulatorSettings)} starts the simulator.
 *
 * @param port the HTTP port; 0 picks a free one
 * @param properties further simulator properties (e.g. {@code simulator.demo.enabled})
 */
public record SimulatorSettings(int port, Map<String, String> properties) {

	public SimulatorSettings {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port must be in [0, 65535]");
		}
		properties = Map.copyOf(properties);
	}

	/** A free port, no further properties. */
	public static SimulatorSettings defaults() {
		return new SimulatorSettings(0, Map.of());
	}

	public SimulatorSettings withPort(int port) {
		return new SimulatorSettings(port, this.properties);
	}

	public SimulatorSettings withProperty(String name, String value) {
		Map<String, String> next = new LinkedHashMap<>(this.properties);
		next.put(name, value);
		return new SimulatorSettings(this.port, next);
	}

}
