package org.guildhall.identity.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.guildhall.shared.Text;

/**
 * When a password is too weak to accept, per NIST SP 800-63B (5.1.1.2) and ASVS 6.2: at least {@value #MIN_LENGTH}
 * characters and up to {@value #MAX_LENGTH}, any characters at all (spaces, any script, emoji; counted as Unicode
 * code points), no composition rules; refused when it is on a list of breached and common passwords, or built
 * from the person's own name or email.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final CommonPasswords commonPasswords;

    public PasswordPolicy(CommonPasswords commonPasswords) {
        this.commonPasswords = commonPasswords;
    }

    /** The reason the password is refused, or empty when it is acceptable. */
    public Optional<Text> weakness(String password, String email, String fullName) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Text.of("identity.password.too-short", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Text.of("identity.password.too-long", MAX_LENGTH));
        }
        if (commonPasswords.contains(password)) {
            return Optional.of(Text.of("identity.password.breached"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.codePoints().distinct().count() < 4) {
            return Optional.of(Text.of("identity.password.too-few-characters"));
        }
        if (containsPersonalWord(lower, email, fullName)) {
            return Optional.of(Text.of("identity.password.personal"));
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
