package io.callimport.producer.failure;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tenants/{tenantId}/failures[?status=OPEN]}: dead-lettered imports;
 * {@code POST} replays them ({@code {"ids":[…]}}, or no body for every OPEN one) and
 * answers 202 with what was replayed; {@code POST …/failures/dismissals}
 * ({@code {"ids":[…]}}) sets OPEN failures no replay can fix to DISMISSED.
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/failures")
class FailureController {

	private final FailureQueries failures;

	private final FailureReplayer replayer;

	private final FailureDismissals dismissals;

	FailureController(FailureQueries failures, FailureReplayer replayer, FailureDismissals dismissals) {
		this.failures = failures;
		this.replayer = replayer;
		this.dismissals = dismissals;
	}

	@GetMapping
	PagedModel<FailureView> list(@PathVariable String tenantId,
			@RequestParam(required = false) @Nullable FailureStatus status,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return new PagedModel<>(this.failures.find(tenantId, status, PageRequest.of(page, size)));
	}

	@PostMapping
	ResponseEntity<ReplayResult> replay(@PathVariable String tenantId,
			@RequestBody(required = false) @Validated @Nullable ReplayRequest request) {
		List<UUID> ids = (request != null) ? request.ids() : null;
		return ResponseEntity.accepted().body(this.replayer.replay(tenantId, ids));
	}

	@PostMapping("/dismissals")
	DismissResult dismiss(@PathVariable String tenantId, @RequestBody @Validated DismissRequest request) {
		return this.dismissals.dismiss(tenantId, request.ids());
	}

}
