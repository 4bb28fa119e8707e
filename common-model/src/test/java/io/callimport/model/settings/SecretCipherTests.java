package io.callimport.model.settings;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretCipherTests {

	static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

	private final SecretCipher cipher = SecretCipher.fromBase64Key(KEY);

	@Test
	void decryptsWhatItEncrypted() {
		byte[] stored = this.cipher.encrypt("acme", new ClientSecret("s3cr3t-value"));

		assertThat(this.cipher.decrypt("acme", stored).reveal()).isEqualTo("s3cr3t-value");
	}

	@Test
	void storedFormDoesNotContainTheSecretAndDiffersEachTime() {
		byte[] first = this.cipher.encrypt("acme", new ClientSecret("s3cr3t-value"));
		byte[] second = this.cipher.encrypt("acme", new ClientSecret("s3cr3t-value"));

		assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("s3cr3t");
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void ciphertextOfOneTenantDoesNotDecryptForAnother() {
		byte[] stored = this.cipher.encrypt("acme", new ClientSecret("s3cr3t-value"));

		assertThatThrownBy(() -> this.cipher.decrypt("globex", stored))
			.isInstanceOf(SecretCipher.SecretDecryptionException.class)
			.hasMessageContaining("globex")
			.hasMessageNotContaining("s3cr3t");
	}

	@Test
	void anotherKeyCannotDecrypt() {
		byte[] stored = this.cipher.encrypt("acme", new ClientSecret("s3cr3t-value"));

		assertThatThrownBy(() -> SecretCipher.fromBase64Key(OTHER_KEY).decrypt("acme", stored))
			.isInstanceOf(SecretCipher.SecretDecryptionException.class)
			.hasMessageContaining("SETTINGS_ENCRYPTION_KEY");
	}

	@Test
	void keyOfTheWrongLengthIsRejectedNamingTheVariable() {
		assertThatIllegalArgumentException().isThrownBy(() -> SecretCipher.fromBase64Key("c2hvcnQ="))
			.withMessageContaining("SETTINGS_ENCRYPTION_KEY")
			.withMessageContaining("32 bytes");
		assertThatIllegalArgumentException().isThrownBy(() -> SecretCipher.fromBase64Key("not base64!"))
			.withMessageContaining("SETTINGS_ENCRYPTION_KEY");
	}

	@Test
	void clientSecretNeverPrintsItself() {
		ClientSecret secret = new ClientSecret("s3cr3t-value");

		assertThat(secret.toString()).doesNotContain("s3cr3t");
		assertThat(String.valueOf(new GenesysSettings("acme", "org", "mypurecloud.com", "client", secret, "group", null,
				null, null, null, 1, java.time.Instant.now())))
			.doesNotContain("s3cr3t");
	}

}
