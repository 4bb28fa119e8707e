package io.callimport.simulator.conversation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.callimport.simulator.organization.OrganizationRemoved;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every conversation, by organisation, and every recording by id (for the media path).
 */
@Component
public class ConversationRegistry {

	private final Map<String, Map<String, Conversation>> byOrganization = new ConcurrentHashMap<>();

	private final Map<String, PlannedRecording> recordings = new ConcurrentHashMap<>();

	void add(Conversation conversation) {
		this.byOrganization.computeIfAbsent(conversation.organizationId(), (id) -> new ConcurrentHashMap<>())
			.put(conversation.id(), conversation);
		conversation.recordings().forEach((recording) -> this.recordings.put(recording.id(), recording));
	}

	public Optional<Conversation> find(String organizationId, String conversationId) {
		return Optional.ofNullable(this.byOrganization.getOrDefault(organizationId, Map.of()).get(conversationId));
	}

	public Optional<PlannedRecording> recording(String recordingId) {
		return Optional.ofNullable(this.recordings.get(recordingId));
	}

	/**
	 * An organisation's conversations that started before {@code before}, oldest first.
	 */
	public List<Conversation> startedBefore(String organizationId, Instant before) {
		return this.byOrganization.getOrDefault(organizationId, Map.of())
			.values()
			.stream()
			.filter((conversation) -> conversation.start().isBefore(before))
			.sorted(Comparator.comparing(Conversation::start).thenComparing(Conversation::id))
			.toList();
	}

	public int count(String organizationId) {
		return this.byOrganization.getOrDefault(organizationId, Map.of()).size();
	}

	@EventListener
	void on(OrganizationRemoved removed) {
		Map<String, Conversation> gone = this.byOrganization.remove(removed.organizationId());
		if (gone != null) {
			gone.values().forEach((c) -> c.recordings().forEach((r) -> this.recordings.remove(r.id())));
		}
	}

}
