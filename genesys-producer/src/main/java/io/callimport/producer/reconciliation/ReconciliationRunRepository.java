package io.callimport.producer.reconciliation;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * The gap runs of {@code reconciliation_runs}, written in one go.
 */
interface ReconciliationRunRepository extends Repository<ReconciliationRun, UUID> {

	ReconciliationRun save(ReconciliationRun run);

	Optional<ReconciliationRun> findById(UUID id);

}
