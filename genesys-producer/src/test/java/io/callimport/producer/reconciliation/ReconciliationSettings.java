package io.callimport.producer.reconciliation;

import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * {@link ReconciliationProperties} as the application binds them: the defaults, with the
 * given {@code reconciliation.*} settings over them.
 */
public final class ReconciliationSettings {

	private ReconciliationSettings() {
	}

	public static ReconciliationProperties defaults() {
		return with(Map.of());
	}

	/**
	 * @param settings relaxed names under {@code reconciliation}, e.g. {@code cron}
	 */
	public static ReconciliationProperties with(Map<String, String> settings) {
		MapConfigurationPropertySource source = new MapConfigurationPropertySource();
		settings.forEach((name, value) -> source.put("reconciliation." + name, value));
		return new Binder(source).bindOrCreate("reconciliation", ReconciliationProperties.class);
	}

}
