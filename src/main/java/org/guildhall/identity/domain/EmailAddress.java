package org.guildhall.identity.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as the portal stores it: trimmed, in Unicode compatibility form (NFKC), lower-case, one
 * {@code @}, a dotted domain, at most 254 characters (the SMTP limit). Construction fails for anything else, so a
 * stored address is always usable. NFKC folds look-alike forms of the same letters (full-width
 * {@code ＡＤＭＩＮ@…}, ligatures such as {@code ﬁ}) into one address, so nobody registers a second account that
 * reads like someone else's, and the address typed at sign-in finds the account whichever form was typed.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    public EmailAddress {
        value = Normalizer.normalize(value.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an email address");
        }
    }

    public static boolean isValid(String candidate) {
        try {
            new EmailAddress(candidate);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    @Override
    public String toString() {
        return value;
    }
}
