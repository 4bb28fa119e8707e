package io.callimport.simulator.integration;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mypurecloud.sdk.v2.model.Integration;
import com.mypurecloud.sdk.v2.model.IntegrationConfiguration;
import com.mypurecloud.sdk.v2.model.IntegrationEntityListing;
import com.mypurecloud.sdk.v2.model.IntegrationType;
import com.mypurecloud.sdk.v2.model.IntegrationTypeEntityListing;
import io.callimport.simulator.auth.CallerOrganization;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedIntegration;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.web.GenesysApiException;
import io.callimport.simulator.web.GenesysJson;
import io.callimport.simulator.web.GenesysMapper;
import io.callimport.simulator.web.Paging;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v2/integrations}: types, integrations (by type), one integration, and its
 * current configuration (read, and replaced at its current {@code version}: 409
 * otherwise; notes of at most 500 characters).
 */
@RestController
class IntegrationsController {

	private final OrganizationRegistry organizations;

	IntegrationsController(OrganizationRegistry organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/api/v2/integrations/types")
	GenesysJson types(@RequestParam(required = false) @Nullable Integer pageSize,
			@RequestParam(required = false) @Nullable Integer pageNumber, HttpServletRequest request) {
		Paging paging = Paging.of(pageSize, pageNumber, 25, 100);
		Set<String> typeIds = new LinkedHashSet<>(IntegrationModels.BUILT_IN_TYPES);
		CallerOrganization.of(this.organizations, request)
			.integrations()
			.all()
			.forEach((integration) -> typeIds.add(integration.integrationTypeId()));
		List<IntegrationType> types = typeIds.stream().map(IntegrationModels::type).toList();
		return GenesysJson.of(new IntegrationTypeEntityListing().entities(paging.page(types))
			.pageSize(paging.pageSize())
			.pageNumber(paging.pageNumber())
			.total((long) types.size())
			.pageCount(paging.pageCount(types.size())));
	}

	@GetMapping("/api/v2/integrations")
	GenesysJson integrations(@RequestParam(required = false) @Nullable Integer pageSize,
			@RequestParam(required = false) @Nullable Integer pageNumber,
			@RequestParam(required = false) @Nullable String integrationType, HttpServletRequest request) {
		Paging paging = Paging.of(pageSize, pageNumber, 25, 100);
		List<Integration> integrations = CallerOrganization.of(this.organizations, request)
			.integrations()
			.all()
			.stream()
			.filter((integration) -> integrationType == null || integration.integrationTypeId().equals(integrationType))
			.map(IntegrationModels::integration)
			.toList();
		return GenesysJson.of(new IntegrationEntityListing().entities(paging.page(integrations))
			.pageSize(paging.pageSize())
			.pageNumber(paging.pageNumber())
			.total((long) integrations.size())
			.pageCount(paging.pageCount(integrations.size())));
	}

	@GetMapping("/api/v2/integrations/{integrationId}")
	GenesysJson integration(@PathVariable String integrationId, HttpServletRequest request) {
		return GenesysJson
			.of(IntegrationModels.integration(find(CallerOrganization.of(this.organizations, request), integrationId)));
	}

	@GetMapping("/api/v2/integrations/{integrationId}/config/current")
	GenesysJson config(@PathVariable String integrationId, HttpServletRequest request) {
		return GenesysJson
			.of(IntegrationModels.config(find(CallerOrganization.of(this.organizations, request), integrationId)));
	}

	@PutMapping("/api/v2/integrations/{integrationId}/config/current")
	GenesysJson configure(@PathVariable String integrationId, @RequestBody String body, HttpServletRequest request) {
		IntegrationConfiguration config = parse(body);
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		SimulatedIntegration current = find(org, integrationId);
		if (config.getVersion() == null) {
			throw GenesysApiException.badRequest("version is required");
		}
		String name = (config.getName() != null && !config.getName().isBlank()) ? config.getName() : current.name();
		String notes = (config.getNotes() != null) ? config.getNotes() : "";
		return GenesysJson.of(IntegrationModels
			.config(org.integrations().configure(integrationId, config.getVersion(), name, notes)));
	}

	private static SimulatedIntegration find(SimulatedOrganization org, String integrationId) {
		return org.integrations()
			.find(integrationId)
			.orElseThrow(() -> GenesysApiException.notFound("Integration " + integrationId));
	}

	private static IntegrationConfiguration parse(String body) {
		try {
			return GenesysMapper.get().readValue(body, IntegrationConfiguration.class);
		}
		catch (JsonProcessingException ex) {
			throw GenesysApiException
				.badRequest("The request body is not an integration configuration: " + ex.getOriginalMessage());
		}
	}

}
