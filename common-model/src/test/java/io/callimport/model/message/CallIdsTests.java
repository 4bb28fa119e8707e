package io.callimport.model.message;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallIdsTests {

	@Test
	void sameTenantAndConversationAlwaysGiveTheSameId() {
		assertThat(CallIds.of("acme", "conv-1")).isEqualTo(CallIds.of("acme", "conv-1"));
	}

	@Test
	void tenantsDoNotShareIdsForTheSameConversation() {
		assertThat(CallIds.of("acme", "conv-1")).isNotEqualTo(CallIds.of("globex", "conv-1"));
		assertThat(CallIds.of("acme", "conv-1")).isNotEqualTo(CallIds.of("acme", "conv-2"));
	}

}
