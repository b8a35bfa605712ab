package vn.dongnai.contest.account;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Citizen ID and phone, as Decree 356/2025 asks: a keyed hash (HMAC-SHA256) answers "is it
 * already registered?" and finds the account at login without the value in clear; AES-256-GCM
 * keeps the value for the committee, who may see it unmasked with an audit entry.
 */
@Singleton
public class PersonalData {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final byte[] hashKey;
    private final SecretKeySpec encryptionKey;
    private final SecureRandom random = new SecureRandom();
    /**
     * Cipher.getInstance looks the provider up on every call, which cost a third of a 200,000-row
     * export's CPU; a Cipher is reusable once re-initialised (with a fresh IV each time), but not
     * shared between threads.
     */
    private static final ThreadLocal<Cipher> GCM = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    PersonalData(@Value("${contest.pii.hash-key}") String hashKey,
                 @Value("${contest.pii.encryption-key}") String encryptionKey) {
        this.hashKey = decodeKey(hashKey, "contest.pii.hash-key");
        this.encryptionKey = new SecretKeySpec(decodeKey(encryptionKey, "contest.pii.encryption-key"), "AES");
    }

    private static byte[] decodeKey(String base64, String name) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " must be base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes (base64 of 256 bits)");
        }
        return key;
    }

    /** Keyed hash of a normalized value; the kind keeps a phone and a citizen ID apart. */
    public byte[] hash(String kind, String normalizedValue) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hashKey, "HmacSHA256"));
            return mac.doFinal((kind + "|" + normalizedValue).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] encrypt(String value) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String decrypt(byte[] stored) {
        try {
            Cipher cipher = GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(stored, 0, IV_BYTES)));
            return new String(cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data could not be decrypted", e);
        }
    }
}
