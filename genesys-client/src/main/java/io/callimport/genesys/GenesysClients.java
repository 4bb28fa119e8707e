package io.callimport.genesys;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.callimport.genesys.budget.BudgetStore;
import io.callimport.genesys.budget.InMemoryBudgetStore;
import io.callimport.genesys.budget.RequestBudget;
import io.callimport.genesys.metrics.ClientMetrics;
import io.callimport.genesys.region.GenesysHosts;
import io.callimport.model.settings.GenesysSettings;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out one {@link GenesysClient} per tenant, kept until its credentials change (then
 * replaced and the old one closed). Every client of one OAuth client id shares one
 * request budget, whichever tenant or thread uses it; with a database-backed
 * {@link BudgetStore} (the auto-configuration's choice when the application has a
 * {@code DataSource}) every process on that database shares it too. A Spring bean of the
 * auto-configuration; outside Spring, build one and close it at the end.
 */
public class GenesysClients implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(GenesysClients.class);

	private final GenesysProperties properties;

	private final HttpStack http;

	private final MeterRegistry registry;

	private final BudgetStore budgetStore;

	private final Map<String, GenesysClient> clients = new ConcurrentHashMap<>();

	private final Map<String, RequestBudget> budgets = new ConcurrentHashMap<>();

	/** The planned-rate gauges this instance registered, removed with their tenant. */
	private final Map<String, Gauge> plannedRateGauges = new ConcurrentHashMap<>();

	/** With budgets in this process only ({@link InMemoryBudgetStore}). */
	public GenesysClients(GenesysProperties properties, MeterRegistry registry) {
		this(properties, registry, Clock.systemUTC(), new InMemoryBudgetStore());
	}

	/** With budgets in this process only ({@link InMemoryBudgetStore}). */
	public GenesysClients(GenesysProperties properties, MeterRegistry registry, Clock clock) {
		this(properties, registry, clock, new InMemoryBudgetStore());
	}

	public GenesysClients(GenesysProperties properties, MeterRegistry registry, BudgetStore budgetStore) {
		this(properties, registry, Clock.systemUTC(), budgetStore);
	}

	public GenesysClients(GenesysProperties properties, MeterRegistry registry, Clock clock, BudgetStore budgetStore) {
		this.properties = properties;
		this.registry = registry;
		this.budgetStore = budgetStore;
		this.http = new HttpStack(properties, registry, clock);
	}

	/**
	 * The client of a tenant, created on first use and replaced when the credentials
	 * differ from the cached client's.
	 * @throws IllegalArgumentException for a blank tenant id or an unknown region (the
	 * message lists the valid ones)
	 */
	public GenesysClient forTenant(String tenantId, GenesysCredentials credentials) {
		Objects.requireNonNull(credentials, "credentials");
		if (tenantId == null || tenantId.isBlank()) {
			throw new IllegalArgumentException("A Genesys client needs a tenant id");
		}
		return this.clients.compute(tenantId, (id, cached) -> {
			if (cached != null && !cached.isClosed() && cached.credentials().equals(credentials)) {
				return cached;
			}
			GenesysClient fresh = create(id, credentials);
			if (cached != null) {
				cached.close();
				log.info("Genesys credentials of tenant {} changed; replaced its client", id);
			}
			return fresh;
		});
	}

	/** The client for a tenant's stored settings. */
	public GenesysClient forSettings(GenesysSettings settings) {
		return forTenant(settings.tenantId(), GenesysCredentials.of(settings));
	}

	/** Closes and forgets a tenant's client, e.g. when the tenant is removed. */
	public void evict(String tenantId) {
		GenesysClient removed = this.clients.remove(tenantId);
		if (removed != null) {
			removed.close();
		}
		removePlannedRate(tenantId);
	}

	/**
	 * Another instance on the same registry (the producer's settings check has one) can
	 * then register the gauge of a client it keeps.
	 */
	private void removePlannedRate(String tenantId) {
		Gauge gauge = this.plannedRateGauges.remove(tenantId);
		if (gauge != null) {
			this.registry.remove(gauge);
		}
	}

	private GenesysClient create(String tenantId, GenesysCredentials credentials) {
		GenesysHosts hosts = GenesysHosts.resolve(credentials.region(), this.properties.apiBaseUrl(),
				this.properties.loginBaseUrl());
		RequestBudget budget = this.budgets.computeIfAbsent(credentials.clientId(),
				(clientId) -> new RequestBudget(clientId, this.properties.budget(), this.budgetStore));
		// read through the map, so that the gauge follows a tenant whose OAuth client
		// changes
		Gauge plannedRate = new ClientMetrics(this.registry, tenantId).plannedRate(this,
				(clients) -> clients.plannedRate(tenantId));
		if (plannedRate != null) {
			this.plannedRateGauges.put(tenantId, plannedRate);
		}
		return new GenesysClient(tenantId, credentials, hosts, this.http.build(tenantId, credentials, hosts, budget));
	}

	private double plannedRate(String tenantId) {
		GenesysClient client = this.clients.get(tenantId);
		return (client != null) ? client.budgetPlannedRequestsPerMinute() : Double.NaN;
	}

	@Override
	public void close() {
		this.clients.values().forEach(GenesysClient::close);
		this.clients.clear();
		List.copyOf(this.plannedRateGauges.keySet()).forEach(this::removePlannedRate);
		this.http.close();
	}

}
