package io.callimport.genesys.settings;

import io.callimport.model.settings.GenesysSettings;
import io.callimport.model.settings.GenesysSettingsRepository;
import io.callimport.model.settings.GenesysSettingsRepository.SavedSettings;

/**
 * The one way settings are saved, whichever API received them: checked without Genesys
 * ({@link SubmittedSettings}), then against Genesys with the submitted credentials
 * ({@link SettingsVerifier}), then stored with the secret encrypted. A tenant's producer
 * follows the stored revision and applies new settings without a restart.
 */
public class SettingsSubmissions {

	private final GenesysSettingsRepository repository;

	private final SettingsVerifier verifier;

	public SettingsSubmissions(GenesysSettingsRepository repository, SettingsVerifier verifier) {
		this.repository = repository;
		this.verifier = verifier;
	}

	/**
	 * Checks and saves the settings of a tenant (created by its first settings).
	 * @param request a request that passed bean validation; without a secret the stored
	 * one is kept
	 * @throws SettingsCheckException when the settings are invalid, Genesys contradicts
	 * them or cannot be asked; nothing is saved then
	 */
	public SavedSettings submit(String tenantId, SettingsRequest request) {
		SubmittedSettings submitted = SubmittedSettings.of(request,
				() -> this.repository.find(tenantId).map(GenesysSettings::clientSecret));
		this.verifier.verify(tenantId, submitted);
		return this.repository.save(submitted.toNewSettings(tenantId));
	}

}
