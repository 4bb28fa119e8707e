package io.callimport.producer.gap;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * The {@code notification_gaps} table.
 */
interface GapRepository extends Repository<Gap, UUID> {

	Gap save(Gap gap);

	Optional<Gap> findById(UUID id);

	List<Gap> findByTenantIdAndEndedAtIsNullOrderByStartedAt(String tenantId);

	/** Ended (at or before {@code before}) and not healed, oldest first. */
	List<Gap> findByTenantIdAndHealedAtIsNullAndEndedAtLessThanEqualOrderByStartedAt(String tenantId, Instant before);

}
