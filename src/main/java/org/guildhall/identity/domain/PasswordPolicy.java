package org.guildhall.identity.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When a password is too weak to accept. Follows current guidance (NIST SP 800-63B): length matters, composition
 * rules do not; refuse passwords that are common or built from the person's own name or email.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "password", "password1", "password12", "password123", "password1234", "123456789", "1234567890",
            "12345678910", "qwertyuiop", "qwerty1234", "qwerty12345", "iloveyou123", "letmein123", "welcome123",
            "welcome1234", "administrator", "changeme123", "abc1234567", "passw0rd123", "customerservice");

    private PasswordPolicy() {
    }

    /** The reason the password is refused, or empty when it is acceptable. */
    public static Optional<String> weakness(String password, String email, String fullName) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("This password is too common; choose one that is hard to guess.");
        }
        if (lower.chars().distinct().count() < 4) {
            return Optional.of("Use more different characters.");
        }
        if (containsPersonalWord(lower, email, fullName)) {
            return Optional.of("Do not build the password from your name or email address.");
        }
        return Optional.empty();
    }

    private static boolean containsPersonalWord(String lowerPassword, String email, String fullName) {
        var words = new ArrayList<String>();
        int at = email.indexOf('@');
        words.add(at > 0 ? email.substring(0, at) : email);
        words.addAll(List.of(fullName.split("\\s+")));
        return words.stream()
                .map(word -> word.toLowerCase(Locale.ROOT))
                .filter(word -> word.length() >= 4)
                .anyMatch(lowerPassword::contains);
    }
}
