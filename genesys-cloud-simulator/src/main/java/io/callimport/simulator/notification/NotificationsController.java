package io.callimport.simulator.notification;

import java.util.List;

import com.mypurecloud.sdk.v2.model.AvailableTopicEntityListing;
import com.mypurecloud.sdk.v2.model.Channel;
import com.mypurecloud.sdk.v2.model.ChannelEntityListing;
import io.callimport.simulator.auth.AccessToken;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.web.GenesysApiException;
import io.callimport.simulator.web.GenesysJson;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Channels: create, list, probe ({@code HEAD}: 404 once gone), and the topic catalogue.
 */
@RestController
@RequestMapping("/api/v2/notifications")
class NotificationsController {

	private final ChannelRegistry channels;

	private final OrganizationRegistry organizations;

	NotificationsController(ChannelRegistry channels, OrganizationRegistry organizations) {
		this.channels = channels;
		this.organizations = organizations;
	}

	@PostMapping("/channels")
	GenesysJson create(HttpServletRequest request) {
		AccessToken token = AccessToken.of(request);
		SimulatedOrganization org = this.organizations.find(token.organizationId())
			.orElseThrow(() -> GenesysApiException.unauthorized("Invalid login credentials."));
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		String socketBase = base.replaceFirst("^http", "ws");
		return GenesysJson.of(channel(this.channels.create(org, token, socketBase)));
	}

	@GetMapping("/channels")
	GenesysJson list(@RequestParam(required = false) @Nullable String includechannels, HttpServletRequest request) {
		AccessToken token = AccessToken.of(request);
		List<Channel> entities = this.channels.ofClient(token.organizationId(), token.clientId())
			.stream()
			.filter((c) -> "oauthclient".equalsIgnoreCase(includechannels) || c.tokenValue().equals(token.value()))
			.map(NotificationsController::channel)
			.toList();
		return GenesysJson.of(new ChannelEntityListing().entities(entities));
	}

	@RequestMapping(path = "/channels/{channelId}", method = RequestMethod.HEAD)
	ResponseEntity<Void> probe(@PathVariable String channelId, HttpServletRequest request) {
		return owned(this.channels, channelId, request).isPresent() ? ResponseEntity.ok().build()
				: ResponseEntity.notFound().build();
	}

	@GetMapping("/availabletopics")
	GenesysJson availableTopics(@RequestParam(required = false) @Nullable List<String> expand) {
		return GenesysJson.of(new AvailableTopicEntityListing().entities(TopicCatalog.available()));
	}

	static java.util.Optional<NotificationChannel> owned(ChannelRegistry channels, String channelId,
			HttpServletRequest request) {
		AccessToken token = AccessToken.of(request);
		return channels.find(channelId)
			.filter((c) -> c.organizationId().equals(token.organizationId()) && c.clientId().equals(token.clientId()));
	}

	static Channel channel(NotificationChannel channel) {
		return new Channel().id(channel.id())
			.connectUri(channel.connectUri())
			.expires(java.util.Date.from(channel.expires()));
	}

}
