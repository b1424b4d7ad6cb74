package org.guildhall.partners.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * A course's claim code: twelve characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 59 bits
 * of chance, so a member cannot guess another course's code; shown in groups of four (7KQM-3XWD-P9HT). Members
 * may type it in either case, with or without the dashes and spaces.
 */
public final class ClaimCode {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 12;
    private static final Pattern TYPED_SEPARATORS = Pattern.compile("[\\s\\-]");

    private ClaimCode() {
    }

    /** A fresh code from a cryptographically strong source. */
    public static String generate(RandomGenerator random) {
        var code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as stored, from what a member typed; empty when it cannot be a claim code at all. */
    public static Optional<String> normalise(String typed) {
        String bare = TYPED_SEPARATORS.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
        if (bare.length() != LENGTH || !bare.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(bare.substring(0, 4) + "-" + bare.substring(4, 8) + "-" + bare.substring(8));
    }
}
