package io.callimport.installation.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code wizard_accounts}, and the {@code tenants} row an account needs.
 */
interface AccountRows extends Repository<Account, UUID> {

	Optional<Account> findByTenantIdAndUsername(String tenantId, String username);

	List<Account> findByTenantIdOrderByUsername(String tenantId);

	boolean existsByTenantIdAndUsername(String tenantId, String username);

	@Query("select a.passwordHash from Account a where a.tenantId = :tenantId and a.username = :username")
	Optional<String> findPasswordHash(String tenantId, String username);

	Account saveAndFlush(Account account);

	@Transactional
	@Modifying
	@Query("delete from Account a where a.tenantId = :tenantId and a.username = :username")
	int deleteByTenantIdAndUsername(String tenantId, String username);

	// native: ON CONFLICT creates the tenant unless it exists, race-free
	@Transactional
	@Modifying
	@Query(value = "INSERT INTO tenants (id) VALUES (:tenantId) ON CONFLICT (id) DO NOTHING", nativeQuery = true)
	void createTenant(String tenantId);

}
