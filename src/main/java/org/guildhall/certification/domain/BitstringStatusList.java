package org.guildhall.certification.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.GZIPOutputStream;

/**
 * A W3C Bitstring Status List (v1.0): one bit per certification, set when the status it stands for (revocation or
 * suspension) applies. The list is {@value #LENGTH} bits long (the specification's 16 KB minimum, so a list says
 * little about how many credentials exist); its published form is the bitstring GZIP-compressed, base64url-encoded
 * without padding and prefixed with the multibase marker {@code u}. Bit 0 is the left-most bit of the first byte.
 */
public final class BitstringStatusList {

    public static final int LENGTH = 131_072;

    private final byte[] bits = new byte[LENGTH / 8];

    public static BitstringStatusList withBitsSet(Collection<Integer> indexes) {
        var list = new BitstringStatusList();
        indexes.forEach(list::set);
        return list;
    }

    public void set(int index) {
        if (index < 0 || index >= LENGTH) {
            throw new IllegalArgumentException("No index " + index + " in a list of " + LENGTH);
        }
        bits[index / 8] |= (byte) (0x80 >>> (index % 8));
    }

    /** The {@code encodedList} of the status list credential. */
    public String encoded() {
        var compressed = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bits);
        } catch (IOException impossibleInMemory) {
            throw new UncheckedIOException(impossibleInMemory);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
    }
}
