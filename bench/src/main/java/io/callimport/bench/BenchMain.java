package io.callimport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.callimport.bench.capacity.CapacityScenario;
import io.callimport.bench.fairness.FairnessScenario;
import io.callimport.bench.latency.LatencyScenario;
import io.callimport.bench.memory.MemoryScenario;
import io.callimport.bench.producer.ReconciliationScenario;
import io.callimport.bench.producer.SharedBudgetScenario;
import io.callimport.bench.producer.StartupScenario;
import io.callimport.bench.rate.RateScenario;

/**
 * The benchmark's entry point (bench/run.sh): runs the selected scenarios one after the
 * other on one set of services and prints one table.
 *
 * <pre>
 * --quick            tiny sizes: a smoke run of a few minutes
 * --only a,b         only these scenarios (by name)
 * --jfr              a Java Flight Recording of every child JVM, in bench/target/jfr
 * </pre>
 */
public final class BenchMain {

	/** How the figures came about, printed under the table. */
	static final String NOTE = """
			Ended calls reach the consumer as the producer sends them: the bench publishes each ConversationEnded to
			the tenant's live queue the moment the simulator's call is over (the producer's websocket detection is
			not part of the consumer scenarios). Imports and latencies come from the calls table (status
			QUEUED_FOR_ANALYSIS, queued_at − ended_at), Genesys requests from the simulator's own counts (/api/**).""";

	private BenchMain() {
	}

	/** Every scenario, in the order they run; add new ones here. */
	static List<Scenario> scenarios() {
		List<Scenario> scenarios = new ArrayList<>();
		scenarios.add(new RateScenario());
		scenarios.add(new CapacityScenario());
		scenarios.add(new LatencyScenario());
		scenarios.add(new MemoryScenario());
		scenarios.add(new FairnessScenario());
		scenarios.add(new ReconciliationScenario());
		scenarios.add(new StartupScenario());
		scenarios.add(new SharedBudgetScenario());
		return scenarios;
	}

	public static void main(String[] args) throws IOException {
		Options options = Options.parse(args);
		List<Scenario> selected = scenarios().stream()
			.filter((scenario) -> options.only().isEmpty() || options.only().contains(scenario.name()))
			.toList();
		Set<String> unknown = new HashSet<>(options.only());
		scenarios().forEach((scenario) -> unknown.remove(scenario.name()));
		if (!unknown.isEmpty() || selected.isEmpty()) {
			System.err.println(
					"Unknown scenario(s) " + unknown + "; known: " + scenarios().stream().map(Scenario::name).toList());
			System.exit(2);
		}
		Path target = Path.of("bench", "target");
		Path jfr = options.jfr() ? Files.createDirectories(target.resolve("jfr")) : null;
		List<Figure> figures = new ArrayList<>();
		Instant started = Instant.now();
		try (BenchEnvironment env = BenchEnvironment.start(ServiceJars.under(Path.of("")), jfr)) {
			for (Scenario scenario : selected) {
				figures.addAll(runOne(scenario, env, options.quick()));
			}
		}
		String table = new ResultTable(figures).render();
		say("done in " + Duration.between(started, Instant.now()).truncatedTo(ChronoUnit.SECONDS));
		System.out.println();
		System.out.print(table);
		System.out.println();
		System.out.println(NOTE);
		Files.createDirectories(target);
		Files.writeString(target.resolve("bench-table.md"), table);
		System.exit(figures.stream().anyMatch((figure) -> figure.figure().equals("scenario failed")) ? 1 : 0);
	}

	private static List<Figure> runOne(Scenario scenario, BenchEnvironment env, boolean quick) {
		say(scenario.name() + ": started" + (quick ? " (quick)" : ""));
		Instant start = Instant.now();
		try {
			List<Figure> figures = scenario.run(env, quick);
			figures.forEach((figure) -> say(scenario.name() + ": " + figure.figure() + " = " + figure.value()));
			return figures;
		}
		catch (Exception | AssertionError ex) {
			// one broken scenario must not cost the others' figures
			ex.printStackTrace();
			return List.of(Figure.failed(scenario.name(), ex.getClass().getSimpleName() + ": " + firstLine(ex)));
		}
		finally {
			env.stopProcesses();
			say(scenario.name() + ": took " + Duration.between(start, Instant.now()).truncatedTo(ChronoUnit.SECONDS));
		}
	}

	private static String firstLine(Throwable ex) {
		String message = String.valueOf(ex.getMessage());
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

	/** Progress goes to stderr, so stdout carries only the table. */
	public static void say(String line) {
		System.err.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + line);
	}

	/**
	 * @param quick tiny sizes
	 * @param only scenario names, empty for all
	 * @param jfr record child JVMs
	 */
	record Options(boolean quick, Set<String> only, boolean jfr) {

		static Options parse(String[] args) {
			boolean quick = false;
			boolean jfr = false;
			Set<String> only = new HashSet<>();
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "--quick" -> quick = true;
					case "--jfr" -> jfr = true;
					case "--only" -> {
						if (i + 1 >= args.length) {
							throw new IllegalArgumentException("--only needs a list of scenario names");
						}
						only.addAll(Arrays.asList(args[++i].split(",")));
					}
					default -> throw new IllegalArgumentException("Unknown option: " + args[i]);
				}
			}
			return new Options(quick, Set.copyOf(only), jfr);
		}

	}

}
