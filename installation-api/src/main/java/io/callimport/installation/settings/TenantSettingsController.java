package io.callimport.installation.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.callimport.genesys.settings.SettingsCheckException;
import io.callimport.genesys.settings.SettingsRequest;
import io.callimport.genesys.settings.SettingsSubmissions;
import io.callimport.genesys.settings.SettingsView;
import io.callimport.installation.web.ApiProblem;
import io.callimport.model.settings.GenesysSettingsRepository;
import io.callimport.model.settings.GenesysSettingsRepository.SavedSettings;

/**
 * {@code PUT|DELETE /external/v1/tenants/{tenantName}/genesys-settings} with a token of
 * that tenant (the security chain checks it). A PUT is checked without and then against
 * Genesys with the submitted credentials, exactly as the producer's settings API does
 * (the same code), and saved encrypted only if Genesys agrees: 201 the first time, 200
 * after, never with the secret. The tenant's producer notices the new revision and
 * reconnects. DELETE removes them (uninstall): 204, or 404 when there were none.
 */
@RestController
@RequestMapping("/external/v1/tenants/{tenantName}/genesys-settings")
class TenantSettingsController {

	private static final Logger log = LoggerFactory.getLogger(TenantSettingsController.class);

	private final SettingsSubmissions submissions;

	private final GenesysSettingsRepository repository;

	TenantSettingsController(SettingsSubmissions submissions, GenesysSettingsRepository repository) {
		this.submissions = submissions;
		this.repository = repository;
	}

	@PutMapping
	ResponseEntity<SettingsView> put(@PathVariable String tenantName, @RequestBody @Validated SettingsRequest request) {
		SavedSettings saved;
		try {
			saved = this.submissions.submit(tenantName, request);
		}
		catch (SettingsCheckException ex) {
			throw problem(ex);
		}
		log.info("Genesys settings of tenant {} saved through the External API (revision {}, OAuth client {})",
				tenantName, saved.settings().revision(), saved.settings().clientId());
		return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(SettingsView.of(saved.settings()));
	}

	@DeleteMapping
	ResponseEntity<Void> delete(@PathVariable String tenantName) {
		if (!this.repository.delete(tenantName)) {
			throw ApiProblem.notFound("Tenant '" + tenantName + "' has no Genesys settings");
		}
		log.info("Genesys settings of tenant {} deleted through the External API (uninstall)", tenantName);
		return ResponseEntity.noContent().build();
	}

	private static ApiProblem problem(SettingsCheckException ex) {
		String detail = String.valueOf(ex.getMessage());
		return switch (ex.reason()) {
			case INVALID -> ApiProblem.invalid(detail);
			case REJECTED -> new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "settings-rejected",
					"Settings do not match Genesys", detail);
			case GENESYS_UNAVAILABLE ->
				new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "genesys-unavailable", "Genesys unavailable", detail);
		};
	}

}
