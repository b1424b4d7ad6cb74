package org.guildhall.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A single-use secret sent by email (verify the address, reset the password). The secret itself travels only in
 * the email; the database keeps its SHA-256, an expiry, and when it was used.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

    public enum Purpose { VERIFY_EMAIL, RESET_PASSWORD, CONFIRM_NEW_EMAIL }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private String tokenHash;

    private Instant createdAt;

    private Instant expiresAt;

    private @Nullable Instant usedAt;

    protected AccountToken() {
    }

    private AccountToken(long accountId, Purpose purpose, String tokenHash, Instant now, Duration validity) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
    }

    /** A new token and the secret to email; the secret is not stored. */
    public record Issued(AccountToken token, String secret) {
    }

    public static Issued issue(long accountId, Purpose purpose, Instant now, Duration validity) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new AccountToken(accountId, purpose, hash(secret), now, validity), secret);
    }

    public static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether the token may still be used for this purpose at this moment. */
    public boolean isUsableFor(Purpose wanted, Instant now) {
        return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        usedAt = now;
    }

    public long accountId() {
        return accountId;
    }

    public Purpose purpose() {
        return purpose;
    }
}
