package io.callimport.producer.failure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	FailureDismissals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	DismissResult dismiss(String tenantId, List<UUID> ids) {
		Map<UUID, String> statuses = new HashMap<>();
		this.jdbc.sql("SELECT id, status FROM import_failures WHERE tenant_id = :tenantId AND id IN (:ids) FOR UPDATE")
			.param("tenantId", tenantId)
			.param("ids", ids)
			.query((rs, row) -> statuses.put(rs.getObject("id", UUID.class), rs.getString("status")))
			.list();
		List<UUID> dismissed = new ArrayList<>();
		List<ReplayResult.Skipped> skipped = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (UUID id : ids) {
			if (!seen.add(id)) {
				continue;
			}
			String status = statuses.get(id);
			if (status == null) {
				skipped.add(new ReplayResult.Skipped(id, "not found"));
			}
			else if (!status.equals(FailureStatus.OPEN.name())) {
				skipped.add(new ReplayResult.Skipped(id, "the failure is " + status + ", not OPEN"));
			}
			else {
				dismissed.add(id);
			}
		}
		if (!dismissed.isEmpty()) {
			this.jdbc.sql("""
					UPDATE import_failures SET status = 'DISMISSED', dismissed_at = now()
					WHERE tenant_id = :tenantId AND id IN (:ids)
					""").param("tenantId", tenantId).param("ids", dismissed).update();
			log.info("Dismissed {} failure(s) of tenant {}: {}", dismissed.size(), tenantId, dismissed);
		}
		return new DismissResult(dismissed, skipped);
	}

}
