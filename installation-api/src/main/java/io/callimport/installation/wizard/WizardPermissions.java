package io.callimport.installation.wizard;

import java.util.List;

/**
 * The Genesys permissions the wizard deals with.
 */
public final class WizardPermissions {

	/**
	 * The integration role Install creates, exactly what the services use with its OAuth
	 * client: analytics conversation details (consumer, reconciliation), recordings
	 * (consumer), and the conversation view the agents' conversation topics call for
	 * (producer's notifications).
	 */
	public static final List<String> INTEGRATION_ROLE = List.of("analytics:conversationDetail:view",
			"recording:recording:view", "conversation:communication:view");

	/**
	 * What the installer needs for Install and Uninstall: roles (create, grant to
	 * themselves, delete), the OAuth client, the group and its members, and the
	 * integration whose notes record what was created.
	 */
	public static final List<String> INSTALLER = List.of("authorization:role:view", "authorization:role:add",
			"authorization:role:delete", "authorization:grant:add", "oauth:client:view", "oauth:client:add",
			"oauth:client:edit", "oauth:client:delete", "directory:group:add", "directory:group:edit",
			"directory:group:delete", "integrations:integration:view", "integrations:integration:edit");

	private WizardPermissions() {
	}

}
