package io.callimport.bench;

import java.util.List;

/**
 * One part of the benchmark: drives the system in a {@link BenchEnvironment} and returns
 * what it measured.
 */
public interface Scenario {

	/** The name {@code --only} selects it by, also the first column of the table. */
	String name();

	/**
	 * Runs the scenario; {@code quick} means sizes small enough for a smoke run.
	 * @param env the running services
	 * @param quick whether to use tiny sizes
	 * @return the figures, measured, never assumed
	 * @throws Exception anything that stops the scenario: the table shows it as failed
	 */
	List<Figure> run(BenchEnvironment env, boolean quick) throws Exception;

}
