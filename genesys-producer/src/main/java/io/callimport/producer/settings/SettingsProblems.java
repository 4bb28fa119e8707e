package io.callimport.producer.settings;

import org.springframework.http.HttpStatus;

import io.callimport.genesys.settings.SettingsCheckException;
import io.callimport.producer.admin.AdminApiException;

/**
 * The settings API's own problems.
 */
final class SettingsProblems {

	private SettingsProblems() {
	}

	/** The problem answered for settings that were not saved. */
	static AdminApiException of(SettingsCheckException ex) {
		String detail = String.valueOf(ex.getMessage());
		return switch (ex.reason()) {
			case INVALID -> new AdminApiException.InvalidRequest(detail);
			case REJECTED -> new Rejected(detail);
			case GENESYS_UNAVAILABLE -> new GenesysUnavailable(detail);
		};
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
