package org.guildhall.calendar.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person's calendar feed: the hash of the secret in its address (the secret itself is shown once and never
 * stored, so a copy of the database does not open anyone's calendar). One per account; a new one replaces it.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private Long accountId;

    private String tokenHash;

    private Instant createdAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(long accountId) {
        this.accountId = accountId;
    }

    /**
     * Gives the feed a new secret (256 random bits), so the previous address stops working at once; returns the
     * secret for the new address, which is not kept.
     */
    public String renew(Instant now) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        this.tokenHash = hash(secret);
        this.createdAt = now;
        return secret;
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public long accountId() {
        return accountId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
