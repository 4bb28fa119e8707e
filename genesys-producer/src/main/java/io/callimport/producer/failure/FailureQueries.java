package io.callimport.producer.failure;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads {@code import_failures} for the admin API, newest first.
 */
@Component
class FailureQueries {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("failedAt"), Sort.Order.asc("id"));

	private final ImportFailureRepository failures;

	FailureQueries(ImportFailureRepository failures) {
		this.failures = failures;
	}

	@Transactional(readOnly = true)
	Page<FailureView> find(String tenantId, @Nullable FailureStatus status, Pageable pageable) {
		Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
		Page<ImportFailure> page = (status != null)
				? this.failures.findByTenantIdAndStatus(tenantId, status, newestFirst)
				: this.failures.findByTenantId(tenantId, newestFirst);
		return page.map(ImportFailure::view);
	}

}
