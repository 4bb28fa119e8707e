package io.callimport.producer.call;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.callimport.producer.call.CallView.RecordingView;

/**
 * Reads calls and their recordings for the admin API (the recordings of a page in one
 * query). Calls are ordered newest first by their end (or, while it is unknown, by when
 * the row was created).
 */
@Component
class CallQueries {

	private final CallRepository calls;

	CallQueries(CallRepository calls) {
		this.calls = calls;
	}

	@Transactional(readOnly = true)
	Page<CallView> find(String tenantId, CallFilter filter, Pageable pageable) {
		Page<Call> page = this.calls.findAll(CallRepository.matching(tenantId, filter), pageable);
		return new PageImpl<>(withRecordings(page.getContent()), pageable, page.getTotalElements());
	}

	@Transactional(readOnly = true)
	Optional<CallView> findOne(String tenantId, String conversationId) {
		return this.calls.findByTenantIdAndConversationId(tenantId, conversationId)
			.map((call) -> withRecordings(List.of(call)).get(0));
	}

	private List<CallView> withRecordings(List<Call> calls) {
		if (calls.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<RecordingView>> recordings = new LinkedHashMap<>();
		for (Recording recording : this.calls.findRecordings(calls.stream().map(Call::id).toList())) {
			recordings.computeIfAbsent(recording.callId(), (id) -> new ArrayList<>()).add(recording.view());
		}
		return calls.stream().map((call) -> call.view(recordings.getOrDefault(call.id(), List.of()))).toList();
	}

}
