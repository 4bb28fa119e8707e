package io.callimport.producer.settings;

import org.springframework.http.HttpStatus;

import io.callimport.producer.admin.AdminApiException;

/**
 * The settings API's own problems.
 */
final class SettingsProblems {

	private SettingsProblems() {
	}

	/** Genesys contradicts the settings (422): nothing was saved. */
	static final class Rejected extends AdminApiException {

		Rejected(String detail) {
			super(HttpStatus.UNPROCESSABLE_CONTENT, "settings-rejected", "Settings do not match Genesys", detail);
		}

	}

	/** Genesys could not be asked (503): nothing was saved. */
	static final class GenesysUnavailable extends AdminApiException {

		GenesysUnavailable(String detail) {
			super(HttpStatus.SERVICE_UNAVAILABLE, "genesys-unavailable", "Genesys unavailable", detail);
		}

	}

}
