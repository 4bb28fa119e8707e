package io.callimport.genesys;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.callimport.genesys.auth.AccessTokenSource;
import io.callimport.genesys.auth.BearerTokenInterceptor;
import io.callimport.genesys.auth.ClientCredentialsLogin;
import io.callimport.genesys.budget.BudgetInterceptor;
import io.callimport.genesys.budget.Lane;
import io.callimport.genesys.budget.RequestBudget;
import io.callimport.genesys.egress.EgressPolicy;
import io.callimport.genesys.egress.InternalAddressGuard;
import io.callimport.genesys.media.MediaDownloader;
import io.callimport.genesys.metrics.ClientMetrics;
import io.callimport.genesys.metrics.ExchangeMetricsInterceptor;
import io.callimport.genesys.region.GenesysHosts;
import io.callimport.genesys.retry.RetryInterceptor;
import io.callimport.genesys.retry.WholeBodyInterceptor;
import io.micrometer.core.instrument.MeterRegistry;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Dns;
import okhttp3.OkHttpClient;

/**
 * The OkHttp clients: one root (connection pool, dispatcher, timeouts) shared by all, and
 * per tenant the interceptor chains. API requests pass, outermost first: retry, bearer
 * token (401 renewal), request budget, metrics, whole body. Logins pass retry and
 * metrics; media downloads retry and media metrics; the websocket none. Media and the
 * websocket go only where the tenant's {@link EgressPolicy} allows: they follow no
 * redirect by themselves and refuse hosts that resolve to internal addresses.
 */
final class HttpStack implements AutoCloseable {

	private final GenesysProperties properties;

	private final MeterRegistry registry;

	private final Clock clock;

	private final ExecutorService dispatcherThreads = Executors.newCachedThreadPool(daemonThreads("genesys-http-"));

	private final ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1,
			daemonThreads("genesys-media-deadline-"));

	private final OkHttpClient root;

	private final OkHttpClient websocket;

	HttpStack(GenesysProperties properties, MeterRegistry registry, Clock clock) {
		this.properties = properties;
		this.registry = registry;
		this.clock = clock;
		GenesysProperties.Timeouts timeouts = properties.timeouts();
		this.root = new OkHttpClient.Builder().connectTimeout(timeouts.connect())
			.readTimeout(timeouts.read())
			.writeTimeout(timeouts.write())
			.connectionPool(new ConnectionPool(32, 5, TimeUnit.MINUTES))
			.dispatcher(new Dispatcher(this.dispatcherThreads))
			.build();
		this.deadlines.setRemoveOnCancelPolicy(true);
		GenesysProperties.WebSocket socket = properties.websocket();
		this.websocket = this.root.newBuilder()
			.dns(guard())
			.connectTimeout(socket.connectTimeout())
			.readTimeout(socket.connectTimeout())
			.writeTimeout(socket.connectTimeout())
			.pingInterval(socket.pingInterval())
			.build();
	}

	TenantTransport build(String tenantId, GenesysCredentials credentials, GenesysHosts hosts, RequestBudget budget) {
		ClientMetrics metrics = new ClientMetrics(this.registry, tenantId);
		RetryInterceptor retry = RetryInterceptor.forApi(this.properties.retry(), metrics);
		OkHttpClient loginHttp = this.root.newBuilder()
			.addInterceptor(retry)
			.addInterceptor(ExchangeMetricsInterceptor.forApi(metrics))
			.build();
		ClientCredentialsLogin login = new ClientCredentialsLogin(loginHttp, hosts.loginBaseUrl(),
				credentials.clientId(), credentials.secret(), this.clock);
		AccessTokenSource tokens = new AccessTokenSource(login, this.clock, this.properties.tokenRenewalMargin(),
				metrics);
		EgressPolicy egress = EgressPolicy.of(credentials.region(), this.properties.media().allowedHosts(),
				configuredBaseUrls());
		return new TenantTransport(
				SdkClients.build(apiHttp(retry, tokens, budget, Lane.LIVE, metrics), hosts.apiBaseUrl()),
				SdkClients.build(apiHttp(retry, tokens, budget, Lane.BACKGROUND, metrics), hosts.apiBaseUrl()),
				new MediaDownloader(mediaHttp(metrics), metrics, egress, this.properties.media(), this.deadlines),
				this.websocket, egress, tokens, budget);
	}

	private OkHttpClient apiHttp(RetryInterceptor retry, AccessTokenSource tokens, RequestBudget budget, Lane lane,
			ClientMetrics metrics) {
		return this.root.newBuilder()
			.addInterceptor(retry)
			.addInterceptor(new BearerTokenInterceptor(tokens))
			.addInterceptor(new BudgetInterceptor(budget, lane, metrics))
			.addInterceptor(ExchangeMetricsInterceptor.forApi(metrics))
			.addInterceptor(new WholeBodyInterceptor(this.properties.maxApiBody().toBytes()))
			.build();
	}

	private OkHttpClient mediaHttp(ClientMetrics metrics) {
		return this.root.newBuilder()
			.readTimeout(this.properties.timeouts().mediaRead())
			.followRedirects(false)
			.followSslRedirects(false)
			.dns(guard())
			.addInterceptor(new RetryInterceptor(this.properties.retry(), metrics, (r) -> MediaDownloader.ENDPOINT))
			.addInterceptor(new ExchangeMetricsInterceptor(metrics, ClientMetrics.MEDIA_REQUESTS,
					(r) -> MediaDownloader.ENDPOINT))
			.build();
	}

	/** The configured API and login base URLs: the deployment's own, trusted hosts. */
	private java.util.List<java.net.URI> configuredBaseUrls() {
		return java.util.stream.Stream.of(this.properties.apiBaseUrl(), this.properties.loginBaseUrl())
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	private Dns guard() {
		return new InternalAddressGuard(Dns.SYSTEM, EgressPolicy.trustedHosts(configuredBaseUrls()));
	}

	@Override
	public void close() {
		this.dispatcherThreads.shutdown();
		this.deadlines.shutdownNow();
		this.root.connectionPool().evictAll();
	}

	private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
