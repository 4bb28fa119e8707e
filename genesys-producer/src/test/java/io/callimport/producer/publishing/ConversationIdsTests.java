package io.callimport.producer.publishing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationIdsTests {

	@Test
	void onlyUuidsAreGenesysConversationIds() {
		assertThat(ConversationIds.isValid("0f8fad5b-d9cb-469f-a165-70867728950e")).isTrue();
		assertThat(ConversationIds.isValid("0F8FAD5B-D9CB-469F-A165-70867728950E")).isTrue();
		assertThat(ConversationIds.isValid(null)).isFalse();
		assertThat(ConversationIds.isValid("")).isFalse();
		assertThat(ConversationIds.isValid("conv-1")).isFalse();
		assertThat(ConversationIds.isValid("0f8fad5b-d9cb-469f-a165-70867728950e\n")).isFalse();
		assertThat(ConversationIds.isValid("0f8fad5b-d9cb-469f-a165-70867728950" + (char) 0)).isFalse();
	}

	@Test
	void aMalformedIdIsShownWithItsControlCharactersEscapedAndCut() {
		assertThat(ConversationIds.printable("a" + (char) 0 + "b\u00e9")).isEqualTo("a\\u0000b\\u00e9");
		assertThat(ConversationIds.printable("x".repeat(120))).isEqualTo("x".repeat(120));
		assertThat(ConversationIds.printable("x".repeat(500))).isEqualTo("x".repeat(120) + "…");
	}

}
