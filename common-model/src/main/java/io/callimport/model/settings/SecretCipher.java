package io.callimport.model.settings;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM encryption of client secrets at rest. The stored form is
 * {@code nonce(12) ||
 * ciphertext || tag(16)}; the tenant id is bound in as associated data, so a ciphertext
 * copied to another tenant's row does not decrypt.
 */
public final class SecretCipher {

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	private SecretCipher(byte[] key) {
		this.key = new SecretKeySpec(key, "AES");
	}

	/**
	 * A cipher for a base64-encoded 32-byte key ({@code openssl rand -base64 32}).
	 * @throws IllegalArgumentException naming the setting when the key is not valid
	 */
	public static SecretCipher fromBase64Key(String base64Key) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64Key.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("SETTINGS_ENCRYPTION_KEY is not valid base64", ex);
		}
		if (key.length != 32) {
			throw new IllegalArgumentException(
					"SETTINGS_ENCRYPTION_KEY must be the base64 of 32 bytes (openssl rand -base64 32), got "
							+ key.length + " bytes");
		}
		return new SecretCipher(key);
	}

	public byte[] encrypt(String tenantId, ClientSecret secret) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(tenantId.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(secret.reveal().getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encrypting the client secret failed", ex);
		}
	}

	/**
	 * @throws SecretDecryptionException when the data was encrypted with another key, for
	 * another tenant, or was altered
	 */
	public ClientSecret decrypt(String tenantId, byte[] stored) {
		if (stored.length <= NONCE_BYTES) {
			throw new SecretDecryptionException(tenantId);
		}
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
			cipher.updateAAD(tenantId.getBytes(StandardCharsets.UTF_8));
			byte[] plain = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
			return new ClientSecret(new String(plain, StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new SecretDecryptionException(tenantId);
		}
	}

	/**
	 * The stored secret cannot be decrypted with the configured key. The message names
	 * the tenant and the likely cause, never any key material.
	 */
	public static final class SecretDecryptionException extends RuntimeException {

		SecretDecryptionException(String tenantId) {
			super("The client secret of tenant '" + tenantId
					+ "' cannot be decrypted: SETTINGS_ENCRYPTION_KEY differs from the key it was stored with");
		}

	}

}
