package io.callimport.installation.status;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /external/v1/tenants/{tenantName}/status} with a token of that tenant.
 */
@RestController
class TenantStatusController {

	private final StatusQueries queries;

	private final StatusProperties properties;

	TenantStatusController(StatusQueries queries, StatusProperties properties) {
		this.queries = queries;
		this.properties = properties;
	}

	@GetMapping("/external/v1/tenants/{tenantName}/status")
	ResponseEntity<TenantStatus> status(@PathVariable String tenantName) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(this.queries.status(tenantName, this.properties.socketLiveWithin()));
	}

}
