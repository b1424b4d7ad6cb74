package org.guildhall.certification.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import io.nayuki.qrcodegen.QrCode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.documents.PdfText;
import org.guildhall.shell.Formats;

/**
 * The certificate of one certification's current cycle, drawn with PDFBox: the institute's name and colours, a
 * border and seal, the holder and designation, the award and valid-until dates, and the verification code with its
 * URL and a QR code of that URL, so anyone handed the paper can check it (as Credly and Accredible do).
 */
final class CertificatePdf {

    static final String INSTITUTE = "Guildhall Institute of Customer Service, CRM & Contact Centre Management";

    private static final Color NAVY = new Color(0x1B, 0x2A, 0x4A);
    private static final Color GOLD = new Color(0xB8, 0x8A, 0x2E);
    private static final Color INK = new Color(0x33, 0x33, 0x33);
    /** PDFBox's own Unicode font: holders' names are not limited to the standard fonts' Latin-1. */
    private static final String UNICODE_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private CertificatePdf() {
    }

    static byte[] render(CertificationSummary certification, String holderName, String verificationUrl) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            var info = new PDDocumentInformation();
            info.setTitle(certification.designationCode() + " certificate of " + holderName);
            info.setAuthor(INSTITUTE);
            document.setDocumentInformation(info);
            PDFont text;
            try (var font = CertificatePdf.class.getResourceAsStream(UNICODE_FONT)) {
                text = PDType0Font.load(document, font);
            }
            var serifBold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
            var serifItalic = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (var canvas = new PDPageContentStream(document, page)) {
                border(canvas, width, height);
                centred(canvas, serifBold, 15, NAVY, width, height - 80, "GUILDHALL");
                centred(canvas, text, 10, INK, width, height - 97, INSTITUTE);
                centred(canvas, serifBold, 30, NAVY, width, height - 150, "Certificate of Designation");
                centred(canvas, serifItalic, 14, INK, width, height - 190, "This is to certify that");
                centred(canvas, text, 28, NAVY, width, height - 232, holderName);
                centred(canvas, serifItalic, 14, INK, width, height - 268, "has been awarded the designation");
                centred(canvas, text, 22, NAVY, width, height - 303, certification.designationName());
                centred(canvas, serifBold, 16, GOLD, width, height - 327, "(" + certification.designationCode() + ")");
                centred(canvas, text, 11, INK, width, height - 362, "Awarded on " + Formats.date(
                        certification.awardedOn()) + "   \u00b7   Current cycle " + certification.cycleNumber()
                        + " from " + Formats.date(certification.cycle().startsOn()) + "   \u00b7   Valid until "
                        + Formats.date(certification.cycle().lastValidDay()));
                seal(canvas, serifBold, 130, 125);
                verification(canvas, text, certification.verificationCode(), verificationUrl, width);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException failure) {
            throw new UncheckedIOException("The certificate could not be drawn", failure);
        }
    }

    private static void border(PDPageContentStream canvas, float width, float height) throws IOException {
        canvas.setStrokingColor(NAVY);
        canvas.setLineWidth(6);
        canvas.addRect(24, 24, width - 48, height - 48);
        canvas.stroke();
        canvas.setStrokingColor(GOLD);
        canvas.setLineWidth(1.5f);
        canvas.addRect(36, 36, width - 72, height - 72);
        canvas.stroke();
        canvas.setNonStrokingColor(GOLD);
        canvas.addRect(width / 2 - 90, height - 118, 180, 2);
        canvas.fill();
    }

    /** A gold rosette with the institute's name, drawn rather than embedded, so it prints sharp at any size. */
    private static void seal(PDPageContentStream canvas, PDFont font, float x, float y) throws IOException {
        canvas.setNonStrokingColor(GOLD);
        int points = 24;
        for (int i = 0; i < points * 2; i++) {
            double angle = Math.PI * i / points;
            float radius = i % 2 == 0 ? 56 : 50;
            float px = x + (float) (radius * Math.cos(angle));
            float py = y + (float) (radius * Math.sin(angle));
            if (i == 0) {
                canvas.moveTo(px, py);
            } else {
                canvas.lineTo(px, py);
            }
        }
        canvas.closePath();
        canvas.fill();
        circle(canvas, x, y, 42, NAVY);
        canvas.setStrokingColor(GOLD);
        canvas.setLineWidth(1);
        circleOutline(canvas, x, y, 37);
        centredAt(canvas, font, 8.5f, GOLD, x, y + 6, "GUILDHALL");
        centredAt(canvas, font, 7, Color.WHITE, x, y - 6, "CERTIFIED");
        centredAt(canvas, font, 7, Color.WHITE, x, y - 16, "MEMBER");
    }

    private static void verification(PDPageContentStream canvas, PDFont font, String code, String url, float width)
            throws IOException {
        var qr = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
        float size = 96;
        float module = size / (qr.size + 2);
        float left = width - 80 - size;
        float bottom = 70;
        canvas.setNonStrokingColor(Color.WHITE);
        canvas.addRect(left, bottom, size, size);
        canvas.fill();
        canvas.setNonStrokingColor(NAVY);
        for (int row = 0; row < qr.size; row++) {
            for (int column = 0; column < qr.size; column++) {
                if (qr.getModule(column, row)) {
                    canvas.addRect(left + (column + 1) * module, bottom + size - (row + 2) * module, module, module);
                }
            }
        }
        canvas.fill();
        float textRight = left - 16;
        rightAligned(canvas, font, 10, INK, textRight, bottom + 64, "Verification code");
        rightAligned(canvas, font, 16, NAVY, textRight, bottom + 44, code);
        rightAligned(canvas, font, 9, INK, textRight, bottom + 26, "Check this certificate at");
        rightAligned(canvas, font, 9, NAVY, textRight, bottom + 13, url);
    }

    private static void circle(PDPageContentStream canvas, float x, float y, float radius, Color fill)
            throws IOException {
        canvas.setNonStrokingColor(fill);
        circlePath(canvas, x, y, radius);
        canvas.fill();
    }

    private static void circleOutline(PDPageContentStream canvas, float x, float y, float radius) throws IOException {
        circlePath(canvas, x, y, radius);
        canvas.stroke();
    }

    /** Four Bézier quarters: the standard approximation of a circle (k = 0.5523). */
    private static void circlePath(PDPageContentStream canvas, float x, float y, float r) throws IOException {
        float k = 0.5523f * r;
        canvas.moveTo(x + r, y);
        canvas.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        canvas.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        canvas.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        canvas.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        canvas.closePath();
    }

    private static void centred(PDPageContentStream canvas, PDFont font, float size, Color colour, float pageWidth,
            float baseline, String line) throws IOException {
        centredAt(canvas, font, size, colour, pageWidth / 2, baseline, line);
    }

    private static void centredAt(PDPageContentStream canvas, PDFont font, float size, Color colour, float centre,
            float baseline, String text) throws IOException {
        String line = PdfText.drawable(font, text);
        write(canvas, font, size, colour, centre - font.getStringWidth(line) / 1000 * size / 2, baseline, line);
    }

    private static void rightAligned(PDPageContentStream canvas, PDFont font, float size, Color colour, float right,
            float baseline, String text) throws IOException {
        String line = PdfText.drawable(font, text);
        write(canvas, font, size, colour, right - font.getStringWidth(line) / 1000 * size, baseline, line);
    }

    private static void write(PDPageContentStream canvas, PDFont font, float size, Color colour, float x,
            float baseline, String line) throws IOException {
        canvas.beginText();
        canvas.setFont(font, size);
        canvas.setNonStrokingColor(colour);
        canvas.newLineAtOffset(x, baseline);
        canvas.showText(line);
        canvas.endText();
    }
}
