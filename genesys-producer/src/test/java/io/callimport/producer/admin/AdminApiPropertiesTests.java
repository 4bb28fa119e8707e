package io.callimport.producer.admin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code ADMIN_API_TOKEN} as start-up binds it: a token read from a Secret with a
 * trailing newline still matches what clients send, and a short one stops start-up naming
 * the variable, never printing the value.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminApiPropertiesTests {

	private static final String TOKEN = "a-token-of-forty-characters-0123456789ab";

	@Test
	void aConfiguredTokenIsStrippedOfSurroundingWhitespace() {
		try (ConfigurableApplicationContext context = start("--admin.api-token= " + TOKEN + "\n")) {
			assertThat(context.getBean(AdminApiProperties.class).apiToken()).isEqualTo(TOKEN);
		}
	}

	@Test
	void aTokenShorterThan32CharactersStopsStartUpNamingTheVariable(CapturedOutput output) {
		String shortToken = "only-31-characters-long-0123456";
		assertThat(shortToken).hasSize(31);

		assertThatThrownBy(() -> start("--admin.api-token=" + shortToken).close()).isNotNull();

		assertThat(output).contains("ADMIN_API_TOKEN (property admin.api-token): size must be between 32")
			.doesNotContain(shortToken);
	}

	@Test
	void toStringHidesTheToken() {
		assertThat(new AdminApiProperties(TOKEN).toString()).doesNotContain(TOKEN);
	}

	private static ConfigurableApplicationContext start(String... args) {
		SpringApplication application = new SpringApplication(PropertiesOnly.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application.run(args);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(AdminApiProperties.class)
	static class PropertiesOnly {

	}

}
