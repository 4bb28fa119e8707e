package io.callimport.simulator.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.mypurecloud.sdk.v2.model.ChannelTopic;
import com.mypurecloud.sdk.v2.model.ChannelTopicEntityListing;
import io.callimport.simulator.auth.AccessToken;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.web.GenesysApiException;
import io.callimport.simulator.web.GenesysJson;
import io.callimport.simulator.web.GenesysMapper;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A channel's subscriptions: {@code PUT} replaces, {@code POST} adds, {@code DELETE}
 * removes all. Subscribing extends the channel's lifetime. More topics than the
 * per-channel limit: 400, nothing changed.
 */
@RestController
@RequestMapping("/api/v2/notifications/channels/{channelId}/subscriptions")
class SubscriptionsController {

	private static final TypeReference<List<ChannelTopic>> TOPICS = new TypeReference<>() {
	};

	private final ChannelRegistry channels;

	private final OrganizationRegistry organizations;

	private final Clock clock;

	SubscriptionsController(ChannelRegistry channels, OrganizationRegistry organizations, Clock clock) {
		this.channels = channels;
		this.organizations = organizations;
		this.clock = clock;
	}

	@GetMapping
	GenesysJson list(@PathVariable String channelId, HttpServletRequest request) {
		return listing(channel(channelId, request));
	}

	@PutMapping
	GenesysJson replace(@PathVariable String channelId, @RequestBody String body,
			@RequestParam(defaultValue = "false") boolean ignoreErrors, HttpServletRequest request) {
		return subscribe(channelId, body, true, ignoreErrors, request);
	}

	@PostMapping
	GenesysJson add(@PathVariable String channelId, @RequestBody String body,
			@RequestParam(defaultValue = "false") boolean ignoreErrors, HttpServletRequest request) {
		return subscribe(channelId, body, false, ignoreErrors, request);
	}

	@DeleteMapping
	ResponseEntity<Void> removeAll(@PathVariable String channelId, HttpServletRequest request) {
		channel(channelId, request).unsubscribeAll();
		return ResponseEntity.noContent().build();
	}

	private GenesysJson subscribe(String channelId, String body, boolean replace, boolean ignoreErrors,
			HttpServletRequest request) {
		NotificationChannel channel = channel(channelId, request);
		SimulatedOrganization org = this.organizations.find(channel.organizationId())
			.orElseThrow(() -> GenesysApiException.notFound("Channel " + channelId));
		List<String> accepted = new ArrayList<>();
		for (ChannelTopic topic : parse(body)) {
			String id = topic.getId();
			String rejection = (id != null) ? TopicCatalog.rejection(org, id) : "Topic id is missing";
			if (rejection == null) {
				accepted.add(id);
			}
			else if (!ignoreErrors) {
				throw GenesysApiException.badRequest(rejection);
			}
		}
		try {
			channel.subscribe(accepted, replace, org.scenario().topicsPerChannel());
		}
		catch (NotificationChannel.TopicLimitExceededException ex) {
			throw GenesysApiException.badRequest(ex.getMessage());
		}
		channel.extendTo(this.clock.instant().plus(org.scenario().channelLifetime()));
		return listing(channel);
	}

	private static List<ChannelTopic> parse(String body) {
		try {
			List<ChannelTopic> topics = GenesysMapper.get().readValue(body, TOPICS);
			return (topics != null) ? topics : List.of();
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw GenesysApiException
				.badRequest("The request body is not a list of topics: " + ex.getOriginalMessage());
		}
	}

	private NotificationChannel channel(String channelId, HttpServletRequest request) {
		return NotificationsController.owned(this.channels, channelId, request)
			.orElseThrow(() -> GenesysApiException.notFound("Channel " + channelId));
	}

	private static GenesysJson listing(NotificationChannel channel) {
		List<ChannelTopic> entities = channel.topics()
			.stream()
			.map((id) -> new ChannelTopic().id(id).state(ChannelTopic.StateEnum.PERMITTED))
			.toList();
		return GenesysJson.of(new ChannelTopicEntityListing().entities(entities));
	}

}
