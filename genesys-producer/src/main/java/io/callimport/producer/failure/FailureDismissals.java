package io.callimport.producer.failure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dismisses OPEN failures an operator has looked at and that no replay can fix (a parked
 * id that is not a Genesys conversation id, a call deleted in Genesys): they stay listed,
 * as DISMISSED, but no longer count as open, so {@code CallImportFailuresOpen} can clear.
 */
@Component
class FailureDismissals {

	private static final Logger log = LoggerFactory.getLogger(FailureDismissals.class);

	private final ImportFailureRepository failures;

	private final Clock clock;

	FailureDismissals(ImportFailureRepository failures, Clock clock) {
		this.failures = failures;
		this.clock = clock;
	}

	@Transactional
	DismissResult dismiss(String tenantId, List<UUID> ids) {
		Map<UUID, ImportFailure> found = this.failures.findByTenantIdAndIdInOrderByFailedAtAscIdAsc(tenantId, ids)
			.stream()
			.collect(Collectors.toMap(ImportFailure::id, Function.identity()));
		List<UUID> dismissed = new ArrayList<>();
		List<ReplayResult.Skipped> skipped = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (UUID id : ids) {
			if (!seen.add(id)) {
				continue;
			}
			ImportFailure failure = found.get(id);
			if (failure == null) {
				skipped.add(new ReplayResult.Skipped(id, "not found"));
			}
			else if (failure.status() != FailureStatus.OPEN) {
				skipped.add(new ReplayResult.Skipped(id, "the failure is " + failure.status() + ", not OPEN"));
			}
			else {
				failure.dismiss(this.clock.instant());
				dismissed.add(id);
			}
		}
		if (!dismissed.isEmpty()) {
			log.info("Dismissed {} failure(s) of tenant {}: {}", dismissed.size(), tenantId, dismissed);
		}
		return new DismissResult(dismissed, skipped);
	}

}
