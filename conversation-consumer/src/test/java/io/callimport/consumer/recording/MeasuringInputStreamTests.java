package io.callimport.consumer.recording;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasuringInputStreamTests {

	@Test
	void countsHashesAndKeepsTheHeadOfWhatPassesThrough() throws Exception {
		byte[] data = new byte[300_000];
		new Random(7).nextBytes(data);
		MeasuringInputStream in = new MeasuringInputStream(new ByteArrayInputStream(data));

		byte[] copy = in.readAllBytes();

		assertThat(copy).isEqualTo(data);
		assertThat(in.count()).isEqualTo(data.length);
		assertThat(in.sha256Hex())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)));
		assertThat(in.head()).hasSize(128).isEqualTo(java.util.Arrays.copyOf(data, 128));
	}

	@Test
	void singleByteReadsAreMeasuredToo() throws IOException {
		MeasuringInputStream in = new MeasuringInputStream(new ByteArrayInputStream(new byte[] { 1, (byte) 200 }));

		assertThat(in.read()).isEqualTo(1);
		assertThat(in.read()).isEqualTo(200);
		assertThat(in.read()).isEqualTo(-1);
		assertThat(in.count()).isEqualTo(2);
		assertThat(in.skip(10)).isZero();
	}

	@Test
	void failingSourceIsReportedAsAMediaReadFailure() {
		InputStream broken = new InputStream() {
			@Override
			public int read() throws IOException {
				throw new IOException("connection reset");
			}
		};
		MeasuringInputStream in = new MeasuringInputStream(broken);

		assertThatThrownBy(() -> in.read(new byte[10], 0, 10)).isInstanceOf(MediaReadException.class)
			.hasMessageContaining("after 0 bytes")
			.hasRootCauseMessage("connection reset");
	}

}
