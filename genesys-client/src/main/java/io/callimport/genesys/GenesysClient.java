package io.callimport.genesys;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.ApiResponse;
import com.mypurecloud.sdk.v2.api.AnalyticsApi;
import com.mypurecloud.sdk.v2.api.ConversationsApi;
import com.mypurecloud.sdk.v2.api.GroupsApi;
import com.mypurecloud.sdk.v2.api.NotificationsApi;
import com.mypurecloud.sdk.v2.api.OrganizationApi;
import com.mypurecloud.sdk.v2.api.RecordingApi;
import com.mypurecloud.sdk.v2.api.TokensApi;
import com.mypurecloud.sdk.v2.api.UsersApi;
import io.callimport.genesys.budget.Lane;
import io.callimport.genesys.budget.RequestBudget;
import io.callimport.genesys.egress.UriRefusedException;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailure;
import io.callimport.genesys.media.RecordingMedia;
import io.callimport.genesys.region.GenesysHosts;
import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.jspecify.annotations.Nullable;

/**
 * One tenant's access to Genesys. The SDK API objects it hands out send every request
 * through this module's OkHttp chain: login and token renewal, retries, the OAuth
 * client's request budget (in this client's {@link #lane()}), and metrics. Obtain it from
 * {@link GenesysClients}; it is thread-safe and cheap to keep.
 */
public final class GenesysClient implements AutoCloseable {

	private final String tenantId;

	private final GenesysCredentials credentials;

	private final GenesysHosts hosts;

	private final TenantTransport transport;

	private final Lane lane;

	private final GenesysClient background;

	GenesysClient(String tenantId, GenesysCredentials credentials, GenesysHosts hosts, TenantTransport transport) {
		this(tenantId, credentials, hosts, transport, Lane.LIVE, null);
	}

	private GenesysClient(String tenantId, GenesysCredentials credentials, GenesysHosts hosts,
			TenantTransport transport, Lane lane, @Nullable GenesysClient live) {
		this.tenantId = tenantId;
		this.credentials = credentials;
		this.hosts = hosts;
		this.transport = transport;
		this.lane = lane;
		this.background = (live != null) ? this
				: new GenesysClient(tenantId, credentials, hosts, transport, Lane.BACKGROUND, this);
	}

	public String tenantId() {
		return this.tenantId;
	}

	public String clientId() {
		return this.credentials.clientId();
	}

	GenesysCredentials credentials() {
		return this.credentials;
	}

	public GenesysHosts hosts() {
		return this.hosts;
	}

	public Lane lane() {
		return this.lane;
	}

	/**
	 * The same client in the background lane, for reconciliation and backfill: its
	 * requests share the budget but never starve live ones.
	 */
	public GenesysClient background() {
		return this.background;
	}

	/**
	 * How long until this lane could take {@code permits} of the OAuth client's request
	 * budget at once (each HTTP exchange takes one): {@link Duration#ZERO} when it could
	 * now, else the estimated wait, which includes a pause after a 429 seen by any
	 * process sharing the budget. Consumes nothing, so callers that plan work (e.g. a
	 * batch of three requests) ask before they start it; the requests then still take
	 * their permits as they go. More permits than the bucket holds are estimated as a
	 * full bucket.
	 * @throws GenesysException {@code TRANSIENT} when the shared budget's database is
	 * unavailable
	 */
	public Duration budgetAvailableIn(int permits) {
		return this.transport.budget().availableIn(this.lane, permits);
	}

	/**
	 * The requests per minute currently planned for this OAuth client: the configured
	 * {@code genesys.budget.requests-per-minute}, or less while Genesys says it allows
	 * less.
	 */
	public int budgetPlannedRequestsPerMinute() {
		return this.transport.budget().plannedRequestsPerMinute();
	}

	/** The OAuth client's request budget, shared by both lanes. */
	RequestBudget budget() {
		return this.transport.budget();
	}

	/** The SDK client of this lane, for API classes not offered below. */
	public ApiClient apiClient() {
		return (this.lane == Lane.LIVE) ? this.transport.live() : this.transport.background();
	}

	public GroupsApi groups() {
		return new GroupsApi(apiClient());
	}

	public UsersApi users() {
		return new UsersApi(apiClient());
	}

	public NotificationsApi notifications() {
		return new NotificationsApi(apiClient());
	}

	public AnalyticsApi analytics() {
		return new AnalyticsApi(apiClient());
	}

	public ConversationsApi conversations() {
		return new ConversationsApi(apiClient());
	}

	public RecordingApi recordings() {
		return new RecordingApi(apiClient());
	}

	public TokensApi tokens() {
		return new TokensApi(apiClient());
	}

	public OrganizationApi organizations() {
		return new OrganizationApi(apiClient());
	}

	/**
	 * Runs one SDK call and turns its checked failures into a classified
	 * {@link GenesysException}, e.g.
	 * {@code client.call(() -> client.groups().getGroup(groupId))}.
	 */
	public <T> T call(GenesysCall<T> call) {
		try {
			return call.execute();
		}
		catch (ApiException | IOException ex) {
			throw new GenesysException(GenesysFailure.classify(ex));
		}
	}

	/**
	 * Runs one SDK {@code …WithHttpInfo} call, which reports HTTP errors in its result
	 * rather than throwing, and throws those as a classified {@link GenesysException}.
	 * The result tells a 202 from a 200, e.g.
	 * {@code client.callWithHttpInfo(() -> client.recordings().getConversationRecordingsWithHttpInfo(id, 5000, "WAV", null))}.
	 */
	public <T> ApiResponse<T> callWithHttpInfo(GenesysCall<ApiResponse<T>> call) {
		ApiResponse<T> response = call(call);
		if (response.getException() != null) {
			throw new GenesysException(GenesysFailure.classify(response.getException()));
		}
		return response;
	}

	/**
	 * Opens a recording's pre-signed media URI for streaming (no token, not counted in
	 * the request budget). Close the result.
	 * @throws GenesysException classified; {@code FORBIDDEN} usually means the URI
	 * expired
	 */
	public RecordingMedia openMedia(URI mediaUri) {
		return openMedia(mediaUri, -1);
	}

	/**
	 * Opens a recording's media as {@link #openMedia(URI)} does, with the size Genesys
	 * listed for it (or -1): it scales the download's deadline and, without a
	 * {@code Content-Length}, bounds the bytes read.
	 * @throws GenesysException classified; {@code PERMANENT} with a
	 * {@link io.callimport.genesys.egress.UriRefusedException} or
	 * {@link io.callimport.genesys.media.MediaLimitException} as its cause when the URI
	 * is not allowed or the recording is over the size cap
	 */
	public RecordingMedia openMedia(URI mediaUri, long listedSize) {
		try {
			return this.transport.media().open(mediaUri, listedSize);
		}
		catch (IOException ex) {
			throw new GenesysException(GenesysFailure.classify(ex));
		}
	}

	/**
	 * Opens a notification channel's websocket ({@code Channel.getConnectUri()}); it
	 * needs no token. Events, heartbeats and closes arrive at {@code listener}.
	 * @throws GenesysException {@code PERMANENT} with a {@link UriRefusedException} as
	 * its cause when the connectUri is not wss to an allowed host
	 */
	public WebSocket openNotificationSocket(String connectUri, WebSocketListener listener) {
		URI uri;
		try {
			uri = URI.create(connectUri.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new GenesysException(GenesysFailure
				.classify(new UriRefusedException("The notification connectUri is not a URI: " + ex.getMessage())));
		}
		try {
			this.transport.egress().checkSocket(uri);
		}
		catch (UriRefusedException ex) {
			throw new GenesysException(GenesysFailure.classify(ex));
		}
		return this.transport.websocket().newWebSocket(new Request.Builder().url(connectUri).build(), listener);
	}

	/**
	 * Whether {@link GenesysClients} replaced this client (its credentials changed) or
	 * closed it.
	 */
	public boolean isClosed() {
		return this.transport.tokens().isClosed();
	}

	/**
	 * Forgets the token; later requests fail as {@code TRANSIENT}, telling the caller to
	 * ask {@link GenesysClients} again. Requests under way finish.
	 */
	@Override
	public void close() {
		this.transport.tokens().close();
	}

	@Override
	public String toString() {
		return "GenesysClient[tenant=" + this.tenantId + ", clientId=" + clientId() + ", api=" + this.hosts.apiBaseUrl()
				+ ", lane=" + this.lane + "]";
	}

}
