package org.guildhall.documents.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.guildhall.shared.Text;
import org.guildhall.documents.DocumentLimits;
import org.guildhall.documents.DocumentRejectedException;

/**
 * What the portal accepts as evidence: a file of an allowed kind, up to a size, judged by its content rather than
 * its name (a text file renamed ".pdf" is still text). A PDF must open, must not be encrypted, since assessors
 * could not read it, and must carry nothing that could act on a reader's computer ({@link PdfActiveContent}). An
 * image must be at most so many pixels, read from its header before any decoding, and must then decode. Every
 * refusal says what is wrong in words the uploader understands.
 */
public final class UploadPolicy {

    /** Images are decoded subsampled to about this many pixels: every byte is still read, in a little memory. */
    private static final long DECODED_PIXELS = 4_000_000L;

    private final long maxBytes;
    private final Set<DocumentType> allowedTypes;
    private final long maxImagePixels;

    /**
     * @param maxImagePixels the most pixels (width × height) an image may have; a 600 dpi A4 scan is about 35
     *         million, while a small file claiming far more is a decompression bomb, not evidence
     */
    public UploadPolicy(long maxBytes, Collection<DocumentType> allowedTypes, long maxImagePixels) {
        if (maxBytes <= 0 || maxBytes >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The largest document must be between 1 byte and 2 GB");
        }
        if (allowedTypes.isEmpty()) {
            throw new IllegalArgumentException("At least one kind of document must be allowed");
        }
        if (maxImagePixels <= 0) {
            throw new IllegalArgumentException("The largest image must have at least one pixel");
        }
        this.maxBytes = maxBytes;
        this.allowedTypes = EnumSet.copyOf(allowedTypes);
        this.maxImagePixels = maxImagePixels;
    }

    public DocumentLimits limits() {
        var types = allowedTypes.stream().map(DocumentType::contentType).toList();
        var extensions = allowedTypes.stream().flatMap(type -> type.extensions().stream()).toList();
        var description = Text.of("documents.limits", kinds(), FileSize.text(maxBytes));
        return new DocumentLimits(maxBytes, types, extensions, description.english(), description);
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
            throw new DocumentRejectedException(Text.of("documents.upload.broken"), broken);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw new DocumentRejectedException("documents.upload.empty");
        }
        return bytes;
    }

    /** The kind of document the content is, once it has passed that kind's checks. */
    public DocumentType inspect(byte[] content) {
        var type = DocumentType.recognise(content).filter(allowedTypes::contains)
                .orElseThrow(() -> new DocumentRejectedException(Text.of("documents.upload.wrong-kind", kinds())));
        switch (type) {
            case PDF -> checkPdf(content);
            case PNG, JPEG -> checkImage(content, type);
        }
        return type;
    }

    private static void checkPdf(byte[] content) {
        boolean encrypted;
        int pages;
        Set<PdfActiveContent.Kind> active;
        try (var pdf = Loader.loadPDF(content)) {
            encrypted = pdf.isEncrypted();
            pages = pdf.getNumberOfPages();
            active = encrypted ? Set.of() : PdfActiveContent.of(pdf);
        } catch (InvalidPasswordException passwordNeeded) {
            throw encrypted();
        } catch (IOException | RuntimeException unreadable) {
            // PDFBox reports some malformed files with runtime exceptions rather than IOException.
            throw damaged(Text.of("documents.kind.pdf"), unreadable);
        }
        if (encrypted) {
            throw encrypted();
        }
        if (pages == 0) {
            throw new DocumentRejectedException("documents.upload.no-pages");
        }
        if (!active.isEmpty()) {
            throw new DocumentRejectedException(Text.of("documents.upload.active-content", inWords(active)));
        }
    }

    /** "JavaScript and files embedded in it", in the reader's language. */
    private static Text inWords(Set<PdfActiveContent.Kind> kinds) {
        List<Text> words = kinds.stream().map(kind -> Text.of(kind.description())).toList();
        if (words.size() == 1) {
            return words.getFirst();
        }
        Text leading = words.getFirst();
        for (Text word : words.subList(1, words.size() - 1)) {
            leading = Text.of("documents.list.comma", leading, word);
        }
        return Text.of("documents.list.and", leading, words.getLast());
    }

    private void checkImage(byte[] content, DocumentType type) {
        ImageReader reader = ImageIO.getImageReadersByMIMEType(type.contentType()).next();
        long width;
        long height;
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            width = reader.getWidth(0);
            height = reader.getHeight(0);
            // The header gives the size; nothing is decoded until it is known to be within the limit.
            if (width * height <= maxImagePixels) {
                var subsampled = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.sqrt((double) width * height / DECODED_PIXELS));
                subsampled.setSourceSubsampling(Math.max(step, 1), Math.max(step, 1), 0, 0);
                reader.read(0, subsampled);
            }
        } catch (IOException | RuntimeException unreadable) {
            throw damaged(Text.of("documents.kind.image", type.label()), unreadable);
        } finally {
            reader.dispose();
        }
        if (width * height > maxImagePixels) {
            throw new DocumentRejectedException(Text.of("documents.upload.image-too-large", width, height,
                    megapixels(maxImagePixels)));
        }
    }

    private static String megapixels(long pixels) {
        return BigDecimal.valueOf(pixels, 6).stripTrailingZeros().toPlainString();
    }

    private DocumentRejectedException tooLarge() {
        return new DocumentRejectedException(Text.of("documents.upload.too-large", FileSize.text(maxBytes)));
    }

    private static DocumentRejectedException damaged(Text what, Exception cause) {
        return new DocumentRejectedException(Text.of("documents.upload.damaged", what), cause);
    }

    private static DocumentRejectedException encrypted() {
        return new DocumentRejectedException("documents.upload.encrypted");
    }

    /** "PDF, PNG or JPEG" ("PDF, PNG ou JPEG"): the kinds' names are the same in every language. */
    private Text kinds() {
        List<String> labels = allowedTypes.stream().map(DocumentType::label).toList();
        return labels.size() == 1 ? Text.of(labels.getFirst())
                : Text.of("documents.list.or", String.join(", ", labels.subList(0, labels.size() - 1)),
                        labels.getLast());
    }
}
