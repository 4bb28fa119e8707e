package io.callimport.producer.runs;

import java.net.URI;
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

import io.callimport.producer.admin.AdminApiException;
import io.callimport.producer.reconciliation.RunKind;
import io.callimport.producer.reconciliation.RunStatus;

/**
 * {@code GET /api/v1/tenants/{tenantId}/reconciliations[?kind=&status=]}: runs, newest
 * first; {@code GET …/{id}}: one run; {@code POST} {@code {"from","to"}}: reconcile that
 * range now (over a day: a backfill in day windows), 202 with the run record.
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/reconciliations")
class RunController {

	private final RunQueries queries;

	private final RunRequests requests;

	RunController(RunQueries queries, RunRequests requests) {
		this.queries = queries;
		this.requests = requests;
	}

	@GetMapping
	PagedModel<RunView> list(@PathVariable String tenantId, @RequestParam(required = false) @Nullable RunKind kind,
			@RequestParam(required = false) @Nullable RunStatus status,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return new PagedModel<>(this.queries.find(tenantId, kind, status, PageRequest.of(page, size)));
	}

	@GetMapping("/{runId}")
	RunView one(@PathVariable String tenantId, @PathVariable UUID runId) {
		return this.queries.findOne(tenantId, runId)
			.orElseThrow(() -> new AdminApiException.NotFound("No reconciliation run with id '" + runId + "'"));
	}

	@PostMapping
	ResponseEntity<RunView> create(@PathVariable String tenantId, @RequestBody @Validated RunRequest request) {
		RunView run = this.requests.create(tenantId, request.from(), request.to());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/tenants/" + tenantId + "/reconciliations/" + run.id()))
			.body(run);
	}

}
