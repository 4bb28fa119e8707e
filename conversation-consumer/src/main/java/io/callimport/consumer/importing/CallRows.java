package io.callimport.consumer.importing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import io.callimport.model.message.CallStatus;

/**
 * {@code calls}, as the importer reads them.
 */
interface CallRows extends Repository<Call, UUID> {

	/**
	 * The call, its row locked until the transaction ends (a second call in the same
	 * transaction finds it in the persistence context, without a query).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Call> findById(UUID id);

	@Query("select c.id as id, c.status as status, c.importedAt as importedAt from Call c where c.id in :ids")
	List<StateView> findStates(Collection<UUID> ids);

	/** A call's state, without loading the call. */
	interface StateView {

		UUID getId();

		CallStatus getStatus();

		@Nullable Instant getImportedAt();

	}

}
