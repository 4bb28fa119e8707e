package io.callimport.producer.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Calls and their recordings, read for the admin API.
 */
interface CallRepository extends Repository<Call, UUID>, JpaSpecificationExecutor<Call> {

	Optional<Call> findByTenantIdAndConversationId(String tenantId, String conversationId);

	@Query("""
			SELECT r FROM Recording r WHERE r.id.callId IN :callIds
			ORDER BY r.id.callId, r.startedAt NULLS LAST, r.id.recordingId""")
	List<Recording> findRecordings(Collection<UUID> callIds);

	/**
	 * The tenant's calls that match the filter, newest first by their end (or, while it
	 * is unknown, by when the row was created). A Specification, so that a filter left
	 * out adds no predicate at all (the planner sees only the real ones, and can use
	 * {@code calls_tenant_status_idx}), and the order by an expression is part of the
	 * query (Spring Data leaves it out of the count).
	 */
	static Specification<Call> matching(String tenantId, CallFilter filter) {
		return (root, query, cb) -> {
			Expression<Instant> end = cb.coalesce(root.<Instant>get("endedAt"), root.<Instant>get("createdAt"));
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("tenantId"), tenantId));
			if (filter.from() != null) {
				where.add(cb.greaterThanOrEqualTo(end, filter.from()));
			}
			if (filter.to() != null) {
				where.add(cb.lessThan(end, filter.to()));
			}
			if (filter.status() != null) {
				where.add(cb.equal(root.get("status"), filter.status()));
			}
			if (query != null) {
				query.orderBy(cb.desc(end), cb.asc(root.get("id")));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
