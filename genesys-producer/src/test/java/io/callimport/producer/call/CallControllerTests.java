package io.callimport.producer.call;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import io.callimport.model.message.CallSource;
import io.callimport.model.message.CallStatus;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calls page's JSON (docs/contracts.md): {@code content} and the {@code page}
 * metadata of the Spring Data {@code Page}, nothing else. Without the admin API's token
 * check, which {@code AdminApiIntegrationTests} covers.
 */
@WebMvcTest
@ContextConfiguration(classes = CallControllerTests.Slice.class)
class CallControllerTests {

	@Configuration(proxyBeanMethods = false)
	@Import(CallController.class)
	static class Slice {

	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CallQueries calls;

	@Test
	void rendersThePageAsContentAndPageMetadata() throws Exception {
		Instant from = Instant.parse("2026-12-01T00:00:00Z");
		Instant to = Instant.parse("2026-12-02T00:00:00Z");
		CallFilter filter = new CallFilter(from, to, CallStatus.FAILED);
		given(this.calls.find(eq("acme"), eq(filter), any()))
			.willReturn(new PageImpl<>(List.of(call("conv-1")), PageRequest.of(1, 2), 5));

		this.mvc
			.perform(get("/api/v1/tenants/acme/calls").param("from", from.toString())
				.param("to", to.toString())
				.param("status", "FAILED")
				.param("page", "1")
				.param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$.content[0].conversationId").value("conv-1"))
			.andExpect(jsonPath("$.content[0].status").value("FAILED"))
			.andExpect(jsonPath("$.content[0].recordings").isEmpty())
			.andExpect(jsonPath("$.page.length()").value(4))
			.andExpect(jsonPath("$.page.size").value(2))
			.andExpect(jsonPath("$.page.number").value(1))
			.andExpect(jsonPath("$.page.totalElements").value(5))
			.andExpect(jsonPath("$.page.totalPages").value(3));
		then(this.calls).should().find("acme", filter, PageRequest.of(1, 2));
	}

	@Test
	void rejectsARangeThatEndsBeforeItStarts() throws Exception {
		this.mvc
			.perform(get("/api/v1/tenants/acme/calls").param("from", "2026-12-02T00:00:00Z")
				.param("to", "2026-12-01T00:00:00Z"))
			.andExpect(status().isBadRequest());
	}

	private static CallView call(String conversationId) {
		return new CallView(conversationId, CallStatus.FAILED, "no recording", CallSource.WEBSOCKET, "agent",
				List.of("agent"), "inbound", null, null, null, null, null, List.of(), List.of(), null, List.of(), null,
				null, null, List.of());
	}

}
