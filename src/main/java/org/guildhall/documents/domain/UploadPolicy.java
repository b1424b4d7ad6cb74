package org.guildhall.documents.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.guildhall.documents.DocumentLimits;
import org.guildhall.documents.DocumentRejectedException;

/**
 * What the portal accepts as evidence: a file of an allowed kind, up to a size, judged by its content rather than
 * its name (a text file renamed ".pdf" is still text). A PDF must open and must not be encrypted, since assessors
 * could not read it; an image must decode. Every refusal says what is wrong in words the uploader understands.
 */
public final class UploadPolicy {

    /** 600 dpi A4 scans are about 35 megapixels; far beyond this is a decompression bomb, not evidence. */
    static final long MAX_IMAGE_PIXELS = 100_000_000L;
    /** Images are decoded subsampled to about this many pixels: every byte is still read, in a little memory. */
    private static final long DECODED_PIXELS = 4_000_000L;

    private final long maxBytes;
    private final Set<DocumentType> allowedTypes;

    public UploadPolicy(long maxBytes, Collection<DocumentType> allowedTypes) {
        if (maxBytes <= 0 || maxBytes >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The largest document must be between 1 byte and 2 GB");
        }
        if (allowedTypes.isEmpty()) {
            throw new IllegalArgumentException("At least one kind of document must be allowed");
        }
        this.maxBytes = maxBytes;
        this.allowedTypes = EnumSet.copyOf(allowedTypes);
    }

    public DocumentLimits limits() {
        var types = allowedTypes.stream().map(DocumentType::contentType).toList();
        var extensions = allowedTypes.stream().flatMap(type -> type.extensions().stream()).toList();
        return new DocumentLimits(maxBytes, types, extensions,
                kinds() + ", up to " + FileSize.describe(maxBytes) + " each");
    }

    /**
     * Reads an upload whole, but never more than the limit allows: a file claiming or turning out to be larger is
     * refused without reading the rest. The checks below need the whole file, so it is held once, in memory.
     */
    public byte[] receive(InputStream content, long declaredSize) {
        if (declaredSize > maxBytes) {
            throw tooLarge();
        }
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) maxBytes + 1);
        } catch (IOException broken) {
            throw new DocumentRejectedException(
                    "The upload broke off before the whole file arrived. Please try again.", broken);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw new DocumentRejectedException("The file is empty.");
        }
        return bytes;
    }

    /** The kind of document the content is, once it has passed that kind's checks. */
    public DocumentType inspect(byte[] content) {
        var type = DocumentType.recognise(content).filter(allowedTypes::contains)
                .orElseThrow(() -> new DocumentRejectedException("This file is not a " + kinds() + " file. "
                        + "The portal goes by what a file contains, not by its name."));
        switch (type) {
            case PDF -> checkPdf(content);
            case PNG, JPEG -> checkImage(content, type);
        }
        return type;
    }

    private static void checkPdf(byte[] content) {
        boolean encrypted;
        int pages;
        try (var pdf = Loader.loadPDF(content)) {
            encrypted = pdf.isEncrypted();
            pages = pdf.getNumberOfPages();
        } catch (InvalidPasswordException passwordNeeded) {
            throw encrypted();
        } catch (IOException | RuntimeException unreadable) {
            // PDFBox reports some malformed files with runtime exceptions rather than IOException.
            throw damaged("PDF", unreadable);
        }
        if (encrypted) {
            throw encrypted();
        }
        if (pages == 0) {
            throw new DocumentRejectedException("This PDF has no pages.");
        }
    }

    private static void checkImage(byte[] content, DocumentType type) {
        ImageReader reader = ImageIO.getImageReadersByMIMEType(type.contentType()).next();
        long width;
        long height;
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            width = reader.getWidth(0);
            height = reader.getHeight(0);
            if (width * height <= MAX_IMAGE_PIXELS) {
                var subsampled = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.sqrt((double) width * height / DECODED_PIXELS));
                subsampled.setSourceSubsampling(Math.max(step, 1), Math.max(step, 1), 0, 0);
                reader.read(0, subsampled);
            }
        } catch (IOException | RuntimeException unreadable) {
            throw damaged(type.label() + " image", unreadable);
        } finally {
            reader.dispose();
        }
        if (width * height > MAX_IMAGE_PIXELS) {
            throw new DocumentRejectedException("This image is " + width + " × " + height
                    + " pixels, more than the portal can take. Save it at a lower resolution.");
        }
    }

    private DocumentRejectedException tooLarge() {
        return new DocumentRejectedException("Files can be at most " + FileSize.describe(maxBytes)
                + "; this one is larger.");
    }

    private static DocumentRejectedException damaged(String what, Exception cause) {
        return new DocumentRejectedException("This " + what + " cannot be opened; it may be damaged. "
                + "Save it again and upload the new copy.", cause);
    }

    private static DocumentRejectedException encrypted() {
        return new DocumentRejectedException("This PDF is password-protected or encrypted, so assessors could not "
                + "read it. Save a copy without protection and upload that.");
    }

    /** "PDF, PNG or JPEG" */
    private String kinds() {
        List<String> labels = allowedTypes.stream().map(DocumentType::label).toList();
        return labels.size() == 1 ? labels.getFirst()
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.getLast();
    }
}
