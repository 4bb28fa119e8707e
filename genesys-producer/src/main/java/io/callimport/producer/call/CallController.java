package io.callimport.producer.call;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.callimport.model.message.CallStatus;
import io.callimport.producer.admin.AdminApiException;

/**
 * {@code GET /api/v1/tenants/{tenantId}/calls} and {@code …/calls/{conversationId}}.
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/calls")
class CallController {

	private final CallQueries calls;

	CallController(CallQueries calls) {
		this.calls = calls;
	}

	@GetMapping
	PagedModel<CallView> list(@PathVariable String tenantId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
			@RequestParam(required = false) @Nullable CallStatus status,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		if (from != null && to != null && !from.isBefore(to)) {
			throw new AdminApiException.InvalidRequest("'from' must be before 'to'");
		}
		return new PagedModel<>(
				this.calls.find(tenantId, new CallFilter(from, to, status), PageRequest.of(page, size)));
	}

	@GetMapping("/{conversationId}")
	CallView one(@PathVariable String tenantId, @PathVariable String conversationId) {
		return this.calls.findOne(tenantId, conversationId)
			.orElseThrow(() -> new AdminApiException.NotFound("No call with conversationId '" + conversationId + "'"));
	}

}
