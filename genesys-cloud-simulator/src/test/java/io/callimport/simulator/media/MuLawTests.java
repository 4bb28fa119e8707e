package io.callimport.simulator.media;

import java.util.Map;

import io.callimport.simulator.G711Reference;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MuLawTests {

	@Test
	void decodesToTheG711TableValues() {
		Map<Integer, Integer> table = Map.ofEntries(Map.entry(0xFF, 0), Map.entry(0x7F, 0), Map.entry(0x00, -32124),
				Map.entry(0x80, 32124), Map.entry(0xFE, 8), Map.entry(0x7E, -8), Map.entry(0xF0, 120),
				Map.entry(0xEF, 132), Map.entry(0xE0, 372), Map.entry(0x90, 15996), Map.entry(0x8F, 16764),
				Map.entry(0x81, 31100), Map.entry(0x0F, -16764), Map.entry(0x70, -120));

		table.forEach((code, linear) -> assertThat(MuLaw.decode((byte) (int) code)).as("code 0x%02X", code)
			.isEqualTo((short) (int) linear));
	}

	@Test
	void decodesEveryCodeAsTheG711FormulaDoes() {
		for (int code = 0; code < 256; code++) {
			assertThat(MuLaw.decode((byte) code)).as("code 0x%02X", code).isEqualTo((short) G711Reference.decode(code));
		}
	}

	@Test
	void encodesEveryDecodedLevelBackToItsCode() {
		for (int code = 0; code < 256; code++) {
			int expected = (code == 0x7F) ? 0xFF : code; // both zeros encode as +0
			assertThat(MuLaw.encode(MuLaw.decode((byte) code)) & 0xFF).as("code 0x%02X", code).isEqualTo(expected);
		}
	}

	@Test
	void encodesEachSampleToTheLevelWhoseQuantisationIntervalHoldsIt() {
		for (int sample = -32635; sample <= 32635; sample++) {
			byte code = MuLaw.encode(sample);
			int step = 8 << (((~code & 0xFF) >> 4) & 0x07);
			assertThat(Math.abs(MuLaw.decode(code) - sample)).as("sample %d", sample).isLessThanOrEqualTo(step / 2);
		}
	}

}
