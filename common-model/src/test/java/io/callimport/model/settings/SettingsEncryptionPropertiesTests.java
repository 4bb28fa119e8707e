package io.callimport.model.settings;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsEncryptionPropertiesTests {

	@Test
	void toStringNeverShowsTheKey() {
		String key = "q0Jq1v3m5cWZbq7m2kTtJ8yq3Yb4nH2y1sX9dPp0aLc=";

		assertThat(new SettingsEncryptionProperties(key).toString()).doesNotContain(key).contains("******");
	}

}
