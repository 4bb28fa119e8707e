package io.callimport.genesys;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import io.callimport.genesys.budget.BudgetSettings;
import io.callimport.genesys.budget.PostgresBudgetStore;
import io.callimport.genesys.retry.RetrySettings;
import io.callimport.model.settings.ClientSecret;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Another process on the same request budget, for {@code SharedBudgetIntegrationTests}:
 * logs in and sends one request, prints {@code READY}, waits for the file named by the
 * last argument, sends its requests as fast as the shared budget lets it, and prints
 * {@code DONE <first> <last>} (epoch milliseconds of its first and last request).
 * Arguments: simulator URL, tenant, OAuth client id, group id, requests, go file;
 * database and secret come from the environment.
 */
public final class SharedBudgetProcess {

	/** 300 a minute (5 a second), a burst of 4. */
	static final BudgetSettings BUDGET = new BudgetSettings(300, 4, 0.5, 1, Duration.ofMinutes(1));

	private SharedBudgetProcess() {
	}

	public static void main(String[] args) throws Exception {
		URI simulator = URI.create(args[0]);
		String clientId = args[2];
		int requests = Integer.parseInt(args[4]);
		Path go = Path.of(args[5]);
		try (HikariDataSource database = BudgetDatabase.pool(System.getenv("BUDGET_JDBC_URL"),
				System.getenv("BUDGET_JDBC_USER"), System.getenv("BUDGET_JDBC_PASSWORD"));
				GenesysClients clients = new GenesysClients(properties(simulator), new SimpleMeterRegistry(),
						new PostgresBudgetStore(database))) {
			GenesysClient client = clients.forTenant(args[1], new GenesysCredentials("mypurecloud.com", clientId,
					new ClientSecret(System.getenv("BUDGET_CLIENT_SECRET"))));
			client.call(() -> client.groups().getGroup(args[3]));
			System.out.println("READY");
			while (!Files.exists(go)) {
				Thread.sleep(5);
			}
			long first = System.currentTimeMillis();
			send(client, args[3], requests);
			System.out.println("DONE " + first + " " + System.currentTimeMillis());
		}
		System.exit(0);
	}

	static GenesysProperties properties(URI simulator) {
		GenesysProperties defaults = GenesysProperties.defaults();
		return new GenesysProperties(simulator, simulator, defaults.tokenRenewalMargin(), BUDGET,
				RetrySettings.defaults(), defaults.timeouts(), defaults.websocket());
	}

	/** Sends the requests from four threads and waits for all. */
	static void send(GenesysClient client, String groupId, int requests) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		List<Future<?>> calls = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			calls.add(threads.submit(() -> client.call(() -> client.groups().getGroup(groupId))));
		}
		for (Future<?> call : calls) {
			call.get(2, TimeUnit.MINUTES);
		}
		threads.shutdown();
	}

}
