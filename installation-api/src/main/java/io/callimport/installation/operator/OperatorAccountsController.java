package io.callimport.installation.operator;

import java.net.URI;
import java.util.List;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.callimport.installation.account.AccountView;
import io.callimport.installation.account.WizardAccounts;
import io.callimport.installation.account.WizardAccounts.CreatedAccount;
import io.callimport.model.settings.TenantIds;

/**
 * Wizard accounts of a tenant, for the operator: create (the tenant too, if new), list
 * with their locks, show one, lift a lock, set a password, delete.
 */
@RestController
@RequestMapping("/operator/v1/tenants/{tenantName}/accounts")
class OperatorAccountsController {

	private static final String TENANT_MESSAGE = "must be a tenant id: 1 to 63 letters, digits, . _ -";

	private final WizardAccounts accounts;

	OperatorAccountsController(WizardAccounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping
	ResponseEntity<AccountCreated> create(
			@PathVariable @Pattern(regexp = TenantIds.PATTERN, message = TENANT_MESSAGE) String tenantName,
			@RequestBody @Validated NewAccountRequest request) {
		CreatedAccount created = this.accounts.create(tenantName, request.username(), request.password());
		URI location = URI.create("/operator/v1/tenants/" + tenantName + "/accounts/" + created.account().username());
		return ResponseEntity.created(location).cacheControl(CacheControl.noStore()).body(AccountCreated.of(created));
	}

	@GetMapping
	List<AccountView> list(@PathVariable String tenantName) {
		return this.accounts.list(tenantName);
	}

	@GetMapping("/{username}")
	AccountView get(@PathVariable String tenantName, @PathVariable String username) {
		return this.accounts.get(tenantName, username);
	}

	@DeleteMapping("/{username}/lock")
	AccountView unlock(@PathVariable String tenantName, @PathVariable String username) {
		return this.accounts.unlock(tenantName, username);
	}

	@PutMapping("/{username}/password")
	ResponseEntity<AccountCreated> password(@PathVariable String tenantName, @PathVariable String username,
			@RequestBody(required = false) @Validated @Nullable PasswordRequest request) {
		CreatedAccount changed = this.accounts.resetPassword(tenantName, username,
				(request != null) ? request.password() : null);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(AccountCreated.of(changed));
	}

	@DeleteMapping("/{username}")
	ResponseEntity<Void> delete(@PathVariable String tenantName, @PathVariable String username) {
		this.accounts.delete(tenantName, username);
		return ResponseEntity.noContent().build();
	}

	/**
	 * An account with the password the module generated, shown this once (to be sent to
	 * the tenant by mail); null when the operator chose it.
	 */
	record AccountCreated(AccountView account, @Nullable String generatedPassword) {

		static AccountCreated of(CreatedAccount created) {
			return new AccountCreated(created.account(), created.generatedPassword());
		}

		@Override
		public String toString() {
			return "AccountCreated[account=" + this.account + ", generatedPassword=******]";
		}

	}

}
