package io.callimport.consumer.recording;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reference values of ITU-T G.711 decoding (the mu-law and A-law expansion tables).
 */
class G711Tests {

	@Test
	void muLawCodesExpandToTheStandardSamples() {
		assertThat(G711.decodeMuLaw(0xFF)).isEqualTo((short) 0);
		assertThat(G711.decodeMuLaw(0x7F)).isEqualTo((short) 0);
		assertThat(G711.decodeMuLaw(0x00)).isEqualTo((short) -32124);
		assertThat(G711.decodeMuLaw(0x80)).isEqualTo((short) 32124);
		assertThat(G711.decodeMuLaw(0xFE)).isEqualTo((short) 8);
		assertThat(G711.decodeMuLaw(0x7E)).isEqualTo((short) -8);
		assertThat(G711.decodeMuLaw(0xEF)).isEqualTo((short) 132);
		assertThat(G711.decodeMuLaw(0x8F)).isEqualTo((short) 16764);
	}

	@Test
	void aLawCodesExpandToTheStandardSamples() {
		assertThat(G711.decodeALaw(0xD5)).isEqualTo((short) 8);
		assertThat(G711.decodeALaw(0x55)).isEqualTo((short) -8);
		assertThat(G711.decodeALaw(0xAA)).isEqualTo((short) 32256);
		assertThat(G711.decodeALaw(0x2A)).isEqualTo((short) -32256);
		assertThat(G711.decodeALaw(0xC5)).isEqualTo((short) 264);
		assertThat(G711.decodeALaw(0xD4)).isEqualTo((short) 24);
	}

	@Test
	void everyCodeOfBothLawsHasItsMirrorImage() {
		for (int code = 0; code < 128; code++) {
			assertThat(G711.decodeMuLaw(code)).isEqualTo((short) -G711.decodeMuLaw(code | 0x80));
			assertThat(G711.decodeALaw(code)).isEqualTo((short) -G711.decodeALaw(code | 0x80));
		}
	}

}
