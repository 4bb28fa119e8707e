package io.callimport.producer.settings;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.callimport.genesys.region.GenesysRegion;
import io.callimport.model.settings.ClientSecret;
import io.callimport.model.settings.GenesysSettings;
import io.callimport.model.settings.GenesysSettingsRepository;
import io.callimport.model.settings.GenesysSettingsRepository.NewSettings;
import io.callimport.model.settings.GenesysSettingsRepository.SavedSettings;
import io.callimport.producer.admin.AdminApiException;

/**
 * {@code PUT|GET /api/v1/tenants/{tenantId}/genesys-settings}. A PUT is checked against
 * Genesys first and saved only if Genesys agrees (201 the first time, 200 after); saving
 * makes the producer reconnect with the new settings. Without {@code clientSecret} a PUT
 * keeps the stored secret.
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/genesys-settings")
class GenesysSettingsController {

	private static final int MAX_SECRET_LENGTH = 1024;

	private final GenesysSettingsRepository repository;

	private final SettingsVerifier verifier;

	private final ApplicationEventPublisher events;

	GenesysSettingsController(GenesysSettingsRepository repository, SettingsVerifier verifier,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.verifier = verifier;
		this.events = events;
	}

	@GetMapping
	SettingsView get(@PathVariable String tenantId) {
		return this.repository.find(tenantId)
			.map(SettingsView::of)
			.orElseThrow(() -> new AdminApiException.NotFound("Tenant '" + tenantId + "' has no Genesys settings yet"));
	}

	@PutMapping
	ResponseEntity<SettingsView> put(@PathVariable String tenantId, @RequestBody @Validated SettingsRequest request) {
		String region = region(request.region());
		ClientSecret secret = secret(tenantId, request);
		SettingsRequest checked = new SettingsRequest(request.organizationId(), region, request.clientId(), null,
				request.groupId(), request.groupName(), request.departmentId(), request.roleId(),
				request.integrationUserId());
		this.verifier.verify(tenantId, checked, secret);
		SavedSettings saved = this.repository.save(new NewSettings(tenantId, checked.organizationId(), region,
				checked.clientId(), secret, checked.groupId(), checked.groupName(), checked.departmentId(),
				checked.roleId(), checked.integrationUserId()));
		GenesysSettings settings = saved.settings();
		this.events.publishEvent(new SettingsSaved(tenantId, settings.revision()));
		return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(SettingsView.of(settings));
	}

	private static String region(String region) {
		try {
			return GenesysRegion.fromDomain(region).domain();
		}
		catch (IllegalArgumentException ex) {
			throw new AdminApiException.InvalidRequest(ex.getMessage());
		}
	}

	private ClientSecret secret(String tenantId, SettingsRequest request) {
		String submitted = request.clientSecret();
		if (submitted == null) {
			return this.repository.find(tenantId)
				.map(GenesysSettings::clientSecret)
				.orElseThrow(() -> new AdminApiException.InvalidRequest(
						"clientSecret is required when a tenant's settings are first saved"));
		}
		if (submitted.isBlank() || submitted.length() > MAX_SECRET_LENGTH) {
			throw new AdminApiException.InvalidRequest(
					"clientSecret must be 1 to " + MAX_SECRET_LENGTH + " characters and not blank");
		}
		return new ClientSecret(submitted);
	}

}
