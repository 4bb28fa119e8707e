package io.callimport.genesys;

import com.mypurecloud.sdk.v2.ApiClient;
import io.callimport.genesys.auth.AccessTokenSource;
import io.callimport.genesys.budget.RequestBudget;
import io.callimport.genesys.egress.EgressPolicy;
import io.callimport.genesys.media.MediaDownloader;
import okhttp3.OkHttpClient;

/**
 * What one tenant's client is made of: an SDK client per lane, sharing one token source
 * and the OAuth client's request budget; media and the websocket within the tenant's
 * egress policy.
 */
record TenantTransport(ApiClient live, ApiClient background, MediaDownloader media, OkHttpClient websocket,
		EgressPolicy egress, AccessTokenSource tokens, RequestBudget budget) {
}
