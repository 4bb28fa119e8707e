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

import io.callimport.genesys.settings.SettingsCheckException;
import io.callimport.genesys.settings.SettingsRequest;
import io.callimport.genesys.settings.SettingsSubmissions;
import io.callimport.genesys.settings.SettingsView;
import io.callimport.model.settings.GenesysSettings;
import io.callimport.model.settings.GenesysSettingsRepository;
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

	private final GenesysSettingsRepository repository;

	private final SettingsSubmissions submissions;

	private final ApplicationEventPublisher events;

	GenesysSettingsController(GenesysSettingsRepository repository, SettingsSubmissions submissions,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.submissions = submissions;
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
		SavedSettings saved;
		try {
			saved = this.submissions.submit(tenantId, request);
		}
		catch (SettingsCheckException ex) {
			throw SettingsProblems.of(ex);
		}
		GenesysSettings settings = saved.settings();
		this.events.publishEvent(new SettingsSaved(tenantId, settings.revision()));
		return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(SettingsView.of(settings));
	}

}
