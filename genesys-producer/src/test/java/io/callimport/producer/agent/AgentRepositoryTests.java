package io.callimport.producer.agent;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

import io.callimport.producer.JpaSliceContext;

class AgentRepositoryTests extends JpaSliceContext {

	private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

	@Autowired
	AgentRepository agents;

	@Test
	void upsertReactivatesAnAgentAndKeepsItsFirstSync() {
		tenant("t-upsert");
		this.agents.upsert("t-upsert", "u1", "Ann", null, null, null, "active", T);
		this.agents.findByIdTenantIdAndActiveTrue("t-upsert").forEach((agent) -> agent.deactivate(T.plusSeconds(1)));

		this.agents.upsert("t-upsert", "u1", "Ann B", "ann@example.com", null, "div", "active", T.plusSeconds(2));

		assertThat(this.agents.findForAdmin("t-upsert", null)).singleElement()
			.extracting(Agent::view)
			.satisfies((view) -> {
				assertThat(view.name()).isEqualTo("Ann B");
				assertThat(view.active()).isTrue();
				assertThat(view.deactivatedAt()).isNull();
				assertThat(view.firstSyncedAt()).isEqualTo(T);
				assertThat(view.lastSyncedAt()).isEqualTo(T.plusSeconds(2));
			});
	}

	@Test
	void listsActiveAgentsFirstThenByNameWithUnnamedOnesLast() {
		tenant("t-list");
		this.agents.upsert("t-list", "u-unnamed", null, null, null, null, null, T);
		this.agents.upsert("t-list", "u-bob", "Bob", null, null, null, null, T);
		this.agents.upsert("t-list", "u-ann", "Ann", null, null, null, null, T);
		this.agents.upsert("t-list", "u-gone", "Aaron", null, null, null, null, T);
		this.agents.findByIdTenantIdAndActiveTrue("t-list")
			.stream()
			.filter((agent) -> agent.userId().equals("u-gone"))
			.forEach((agent) -> agent.deactivate(T.plusSeconds(10)));

		assertThat(this.agents.findForAdmin("t-list", null)).extracting(Agent::userId)
			.containsExactly("u-ann", "u-bob", "u-unnamed", "u-gone");
		assertThat(this.agents.findForAdmin("t-list", false)).extracting(Agent::userId).containsExactly("u-gone");
		assertThat(this.agents.findActiveIds("t-list")).containsExactlyInAnyOrder("u-ann", "u-bob", "u-unnamed");
		assertThat(this.agents.findIdsActiveOrDeactivatedSince("t-list", T.plusSeconds(10))).contains("u-gone");
		assertThat(this.agents.findIdsActiveOrDeactivatedSince("t-list", T.plusSeconds(11))).doesNotContain("u-gone");
	}

}
