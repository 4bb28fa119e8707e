package io.callimport.model.startup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class MissingSettingFailureAnalyzerTests {

	@Test
	void aMissingRequiredSettingStopsStartUpNamingTheEnvironmentVariable(CapturedOutput output) {
		// only one setting wrong: which of two beans binds first is not defined
		// (@EnableConfigurationProperties collects its types into a set)
		assertThatThrownBy(() -> start("--admin.api-token=a-valid-admin-token")).isNotNull();

		assertThat(output).contains("TENANT_ID (property tenant.id): must not be blank")
			.contains("Set TENANT_ID in the environment");
	}

	@Test
	void anInvalidSecretIsReportedWithoutItsValue(CapturedOutput output) {
		assertThatThrownBy(() -> start("--tenant.id=acme", "--admin.api-token=short-secret")).isNotNull();

		assertThat(output).contains("ADMIN_API_TOKEN (property admin.api-token): size must be between 16")
			.doesNotContain("short-secret");
	}

	@Test
	void mapsPropertiesToTheirEnvironmentVariables() {
		assertThat(MissingSettingFailureAnalyzer.environmentVariable("settings.encryption-key"))
			.isEqualTo("SETTINGS_ENCRYPTION_KEY");
		assertThat(MissingSettingFailureAnalyzer.environmentVariable("minio.access-key")).isEqualTo("MINIO_ACCESS_KEY");
	}

	private static void start(String... args) {
		SpringApplication application = new SpringApplication(TestConfiguration.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.run(args).close();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ TenantSettings.class, AdminSettings.class })
	static class TestConfiguration {

	}

	@Validated
	@ConfigurationProperties("tenant")
	record TenantSettings(@NotBlank String id) {
	}

	@Validated
	@ConfigurationProperties("admin")
	record AdminSettings(@NotBlank @Size(min = 16) String apiToken) {
	}

}
