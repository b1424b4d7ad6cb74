package org.guildhall.documents.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of file the portal can check and store, each recognised by the bytes it starts with. */
public enum DocumentType {
    PDF("application/pdf", "PDF", List.of(".pdf"), "%PDF-".getBytes(StandardCharsets.US_ASCII)),
    PNG("image/png", "PNG", List.of(".png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", "JPEG", List.of(".jpg", ".jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String contentType;
    private final String label;
    private final List<String> extensions;
    private final byte[] signature;

    DocumentType(String contentType, String label, List<String> extensions, byte[] signature) {
        this.contentType = contentType;
        this.label = label;
        this.extensions = extensions;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    public String label() {
        return label;
    }

    /** File name endings for this kind, the usual one first. */
    public List<String> extensions() {
        return extensions;
    }

    /** The kind the content says it is, whatever the file was called. */
    public static Optional<DocumentType> recognise(byte[] content) {
        return Arrays.stream(values())
                .filter(type -> content.length >= type.signature.length
                        && Arrays.equals(content, 0, type.signature.length, type.signature, 0, type.signature.length))
                .findFirst();
    }

    /** For the configuration, which names the allowed kinds by content type. */
    public static DocumentType forContentType(String contentType) {
        return Arrays.stream(values())
                .filter(type -> type.contentType.equalsIgnoreCase(contentType.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Cannot accept documents of type " + contentType
                        + "; the portal checks only " + Arrays.stream(values()).map(DocumentType::contentType)
                                .collect(Collectors.joining(", "))));
    }
}
