package io.callimport.genesys.settings;

import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import io.callimport.genesys.region.GenesysRegion;
import io.callimport.genesys.settings.SettingsCheckException.Reason;
import io.callimport.model.settings.ClientSecret;
import io.callimport.model.settings.GenesysSettingsRepository.NewSettings;

/**
 * Settings as submitted, after the checks that need no Genesys: the region normalised to
 * its domain, and the secret taken from the request or, when the request has none, the
 * stored one. {@link #toString()} masks the secret.
 *
 * @param request the request, its region normalised and without the secret
 * @param secret the secret to log in with
 */
public record SubmittedSettings(SettingsRequest request, ClientSecret secret) {

	/** The longest secret accepted. */
	public static final int MAX_SECRET_LENGTH = 1024;

	/**
	 * @param request a request that passed bean validation
	 * @param storedSecret the tenant's stored secret, if any
	 * @throws SettingsCheckException ({@link Reason#INVALID}) for an unknown region or a
	 * missing, blank or oversized secret
	 */
	public static SubmittedSettings of(SettingsRequest request, Supplier<Optional<ClientSecret>> storedSecret) {
		String region = region(request.region());
		ClientSecret secret = secret(request.clientSecret(), storedSecret);
		SettingsRequest checked = new SettingsRequest(request.organizationId(), region, request.clientId(), null,
				request.groupId(), request.groupName(), request.departmentId(), request.roleId(),
				request.integrationUserId());
		return new SubmittedSettings(checked, secret);
	}

	private static String region(String region) {
		try {
			return GenesysRegion.fromDomain(region).domain();
		}
		catch (IllegalArgumentException ex) {
			throw new SettingsCheckException(Reason.INVALID, ex.getMessage());
		}
	}

	private static ClientSecret secret(@Nullable String submitted, Supplier<Optional<ClientSecret>> storedSecret) {
		if (submitted == null) {
			return storedSecret.get()
				.orElseThrow(() -> new SettingsCheckException(Reason.INVALID,
						"clientSecret is required when a tenant's settings are first saved"));
		}
		if (submitted.isBlank() || submitted.length() > MAX_SECRET_LENGTH) {
			throw new SettingsCheckException(Reason.INVALID,
					"clientSecret must be 1 to " + MAX_SECRET_LENGTH + " characters and not blank");
		}
		return new ClientSecret(submitted);
	}

	/** What the settings store saves for this tenant. */
	public NewSettings toNewSettings(String tenantId) {
		return new NewSettings(tenantId, this.request.organizationId(), this.request.region(), this.request.clientId(),
				this.secret, this.request.groupId(), this.request.groupName(), this.request.departmentId(),
				this.request.roleId(), this.request.integrationUserId());
	}

	@Override
	public String toString() {
		return "SubmittedSettings[request=" + this.request + ", secret=******]";
	}

}
