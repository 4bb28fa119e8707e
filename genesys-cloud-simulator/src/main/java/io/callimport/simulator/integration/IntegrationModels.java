package io.callimport.simulator.integration;

import java.util.List;
import java.util.Map;

import com.mypurecloud.sdk.v2.model.Integration;
import com.mypurecloud.sdk.v2.model.IntegrationConfiguration;
import com.mypurecloud.sdk.v2.model.IntegrationType;
import io.callimport.simulator.organization.SimulatedIntegration;
import io.callimport.simulator.web.GenesysMapper;

/**
 * Integrations as the SDK models them.
 */
final class IntegrationModels {

	/** Types every organisation has, beside the apps it installed. */
	static final List<String> BUILT_IN_TYPES = List.of("embedded-client-app", "purecloud-data-actions");

	private IntegrationModels() {
	}

	static IntegrationType type(String typeId) {
		IntegrationType type = new IntegrationType().id(typeId).name(typeId);
		return GenesysMapper.withReadOnly(type,
				Map.of("description", "Integration type " + typeId, "provider", "simulator", "category", "apps",
						"nonInstallable", !BUILT_IN_TYPES.contains(typeId), "selfUri",
						"/api/v2/integrations/types/" + typeId));
	}

	static Integration integration(SimulatedIntegration integration) {
		return GenesysMapper.withReadOnly(new Integration().intendedState(Integration.IntendedStateEnum.ENABLED),
				Map.of("id", integration.id(), "name", integration.name(), "integrationType",
						type(integration.integrationTypeId()), "notes", integration.notes(), "selfUri",
						"/api/v2/integrations/" + integration.id()));
	}

	static IntegrationConfiguration config(SimulatedIntegration integration) {
		IntegrationConfiguration config = new IntegrationConfiguration().name(integration.name())
			.version(integration.configVersion())
			.properties(Map.of())
			.advanced(Map.of())
			.notes(integration.notes())
			.credentials(Map.of());
		return GenesysMapper.withReadOnly(config, Map.of("id", integration.id(), "selfUri",
				"/api/v2/integrations/" + integration.id() + "/config/current"));
	}

}
