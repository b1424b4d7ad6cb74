package org.guildhall.documents;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Small real files made on the spot, so no binary fixtures are committed. */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static byte[] pdf() {
        return pdf(null);
    }

    /** A one-page PDF whose page says these lines (in Helvetica, so Latin-1 letters only), e.g. a certificate. */
    public static byte[] pdfSaying(String... lines) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                for (String line : lines) {
                    text.showText(line);
                    text.newLineAtOffset(0, -18);
                }
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF, changed by {@code crafting} before it is saved (a script added, a file embedded). */
    public static byte[] craftedPdf(PdfCrafting crafting) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            crafting.craft(document, page);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    public interface PdfCrafting {
        void craft(PDDocument document, PDPage page) throws IOException;
    }

    /**
     * A PNG of only a header claiming the given size and no pixel data: what a decompression bomb shows before
     * any decoding. Decoding it would fail, so a refusal naming its size shows it was judged by the header.
     */
    public static byte[] pngHeaderOnly(int width, int height) {
        var png = ByteBuffer.allocate(8 + 25 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        var header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        chunk(png, "IHDR", header);
        chunk(png, "IEND", new byte[0]);
        return png.array();
    }

    private static void chunk(ByteBuffer png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue());
    }

    /** Protected with an owner password and the given password to open it (blank: opens without one). */
    public static byte[] encryptedPdf(String openPassword) {
        var policy = new StandardProtectionPolicy("registrar-only", openPassword, new AccessPermission());
        policy.setEncryptionKeyLength(256);
        return pdf(policy);
    }

    public static byte[] png() {
        return image(BufferedImage.TYPE_INT_ARGB, "png");
    }

    public static byte[] jpeg() {
        return image(BufferedImage.TYPE_INT_RGB, "jpeg");
    }

    public static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pdf(StandardProtectionPolicy protection) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            if (protection != null) {
                document.protect(protection);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] image(int type, String format) {
        var image = new BufferedImage(64, 48, type);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0x2a, 0x5d, 0x8f));
        graphics.fillRect(8, 8, 40, 24);
        graphics.dispose();
        return write(image, format);
    }

    public static byte[] write(BufferedImage image, String format) {
        try (var out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
