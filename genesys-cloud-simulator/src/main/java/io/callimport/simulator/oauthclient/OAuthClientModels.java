package io.callimport.simulator.oauthclient;

import java.util.Date;
import java.util.List;
import java.util.Map;

import com.mypurecloud.sdk.v2.model.DomainEntityRef;
import com.mypurecloud.sdk.v2.model.OAuthClient;
import com.mypurecloud.sdk.v2.model.OAuthClientListing;
import io.callimport.simulator.organization.SimulatedOAuthClient;
import io.callimport.simulator.web.GenesysMapper;

/**
 * OAuth clients as the SDK models them. The secret is in a body only when it was just
 * made (create, new secret).
 */
final class OAuthClientModels {

	private OAuthClientModels() {
	}

	static OAuthClient client(SimulatedOAuthClient client, boolean withSecret) {
		OAuthClient body = new OAuthClient().name(client.name())
			.description(client.description())
			.authorizedGrantType(OAuthClient.AuthorizedGrantTypeEnum.CLIENT_CREDENTIALS)
			.accessTokenValiditySeconds(client.accessTokenValiditySeconds())
			.roleIds(client.roleIds())
			.registeredRedirectUri(List.of())
			.scope(List.of())
			.dateCreated(Date.from(client.dateCreated()))
			.dateModified(Date.from(client.dateModified()))
			.state(OAuthClient.StateEnum.ACTIVE);
		if (client.createdByUserId() != null) {
			body.createdBy(new DomainEntityRef().id(client.createdByUserId()));
		}
		if (withSecret) {
			body.secret(client.secret());
		}
		return GenesysMapper.withReadOnly(body,
				Map.of("id", client.id(), "selfUri", "/api/v2/oauth/clients/" + client.id()));
	}

	static OAuthClientListing listing(SimulatedOAuthClient client) {
		OAuthClientListing body = new OAuthClientListing().name(client.name())
			.description(client.description())
			.accessTokenValiditySeconds(client.accessTokenValiditySeconds())
			.roleIds(client.roleIds())
			.dateCreated(Date.from(client.dateCreated()))
			.state(OAuthClientListing.StateEnum.ACTIVE);
		return GenesysMapper.withReadOnly(body,
				Map.of("id", client.id(), "selfUri", "/api/v2/oauth/clients/" + client.id()));
	}

}
