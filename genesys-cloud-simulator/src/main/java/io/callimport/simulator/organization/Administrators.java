package io.callimport.simulator.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The users of an organisation who can sign in on the login page. Thread-safe.
 */
public final class Administrators {

	private final Map<String, AdminLogin> byEmail = new LinkedHashMap<>();

	synchronized void add(AdminLogin admin) {
		String key = admin.email().toLowerCase(Locale.ROOT);
		if (this.byEmail.containsKey(key)) {
			throw new IllegalStateException("An administrator with e-mail " + admin.email() + " exists");
		}
		this.byEmail.put(key, admin);
	}

	public synchronized Optional<AdminLogin> byEmail(String email) {
		return Optional.ofNullable(this.byEmail.get(email.trim().toLowerCase(Locale.ROOT)));
	}

	public synchronized List<AdminLogin> all() {
		return List.copyOf(this.byEmail.values());
	}

}
