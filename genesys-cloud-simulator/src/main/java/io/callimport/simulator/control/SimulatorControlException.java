package io.callimport.simulator.control;

/**
 * The control API answered with an error status.
 */
public class SimulatorControlException extends RuntimeException {

	private final int status;

	private final String body;

	public SimulatorControlException(String request, int status, String body) {
		super(request + " -> " + status + " " + body);
		this.status = status;
		this.body = body;
	}

	public int status() {
		return this.status;
	}

	public String body() {
		return this.body;
	}

}
