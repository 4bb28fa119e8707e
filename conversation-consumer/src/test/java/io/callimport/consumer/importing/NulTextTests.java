package io.callimport.consumer.importing;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NulTextTests {

	@Test
	void nulIsTakenOutOfTextAndJsonButAnEscapedBackslashStays() {
		assertThat(NulText.strip("tel:+1555" + (char) 0 + "123")).isEqualTo("tel:+1555123");
		assertThat(NulText.strip(List.of("a\0", "b"))).containsExactly("a", "b");
		String json = "{\"ani\":\"tel:+1555\\u0000123\",\"path\":\"C:\\\\u0000\",\"quote\":\"\\\"\\u00001\"}";
		assertThat(NulText.stripJson(json))
			.isEqualTo("{\"ani\":\"tel:+1555123\",\"path\":\"C:\\\\u0000\",\"quote\":\"\\\"1\"}");
		String clean = "{\"ani\":\"tel:+1555123\"}";
		assertThat(NulText.stripJson(clean)).isSameAs(clean);
	}

}
