package org.guildhall.certification.internal;

import java.awt.Color;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;

import io.nayuki.qrcodegen.QrCode;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.guildhall.certification.CertificationStatus;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.documents.PdfLayout;
import org.guildhall.documents.PdfLayout.Align;
import org.guildhall.documents.PdfLayout.Canvas;
import org.guildhall.documents.PdfLayout.Style;
import org.guildhall.shared.Text;

/**
 * The certificate of one certification's current cycle: the institute's name and colours, a border and seal, the
 * holder (as issued) and designation, the award and valid-until dates, and the verification code with the public
 * credential page's URL and a QR code of it, so anyone handed the paper can check it (as Credly and Accredible do).
 */
final class CertificatePdf {

    private static final Color NAVY = new Color(0x1B, 0x2A, 0x4A);
    private static final Color GOLD = new Color(0xB8, 0x8A, 0x2E);
    private static final Color INK = new Color(0x33, 0x33, 0x33);
    private static final Color LAPSED_RED = new Color(0xA3, 0x1F, 0x1F);
    private static final float QR_SIZE = 96;
    private static final float QR_BOTTOM = 70;

    private CertificatePdf() {
    }

    /**
     * @param locale the language it is written in (the reader's), recorded in the PDF
     * @param words each text in that language
     */
    static byte[] render(CertificationSummary certification, String credentialPageUrl, Locale locale,
            Function<Text, String> words) {
        String holderName = certification.holderName();
        var pdf = PdfLayout.landscape(words.apply(Text.of("certification.certificate.title",
                certification.designationCode(), holderName)), locale);
        float height = pdf.pageHeight();
        var centred = Style.BODY.align(Align.CENTRE);
        var cycle = certification.cycle();
        var dates = Text.of(certification.status().isCurrent() ? "certification.certificate.dates-current"
                : "certification.certificate.dates", certification.awardedOn(), certification.cycleNumber(),
                cycle.startsOn(), cycle.lastValidDay());
        pdf.decorate(canvas -> border(canvas.content(), canvas.width(), canvas.height()))
                .at(height - 80).heading(1, "GUILDHALL", centred.bold().size(15).colour(NAVY))
                .at(height - 97).paragraph(words.apply(Text.of("certification.public.institute")),
                        centred.size(10).colour(INK))
                .at(height - 150).heading(2, words.apply(Text.of("certification.certificate.heading")),
                        centred.bold().size(30).colour(NAVY))
                .at(height - 190).paragraph(words.apply(Text.of("certification.certificate.certify")),
                        centred.italic().size(14).colour(INK))
                .at(height - 232).paragraph(holderName, centred.size(28).colour(NAVY))
                .at(height - 268).paragraph(words.apply(Text.of("certification.certificate.awarded")),
                        centred.italic().size(14).colour(INK))
                .at(height - 303).paragraph(certification.designationName(), centred.size(22).colour(NAVY))
                .at(height - 327).paragraph("(" + certification.designationCode() + ")",
                        centred.bold().size(16).colour(GOLD))
                .at(height - 362).paragraph(words.apply(certification.reissued()
                        ? Text.of("certification.certificate.dates-reissued", dates, certification.issuedOn())
                        : dates), centred.size(11).colour(INK))
                .decorate(canvas -> seal(canvas, 130, 125))
                .decorate(canvas -> qrCode(canvas.content(), credentialPageUrl, canvas.width()));
        if (!certification.status().isCurrent()) {
            pdf.at(height - 384).paragraph(words.apply(noLongerHeld(certification)),
                    centred.bold().size(12).colour(LAPSED_RED));
        }
        // The verification block reads right-aligned beside the QR code.
        var beside = Style.BODY.align(Align.RIGHT);
        pdf.column(80, pdf.pageWidth() - 80 - QR_SIZE - 16)
                .at(QR_BOTTOM + 64).paragraph(words.apply(Text.of("certification.standing.code.label")),
                        beside.size(10).colour(INK))
                .at(QR_BOTTOM + 44).paragraph(certification.verificationCode(), beside.size(16).colour(NAVY))
                .at(QR_BOTTOM + 26).paragraph(words.apply(Text.of("certification.certificate.check-at")),
                        beside.size(9).colour(INK))
                .at(QR_BOTTOM + 13).paragraph(credentialPageUrl, beside.size(9).colour(NAVY));
        return pdf.toBytes();
    }

    /**
     * A certificate printed after its cycle ended says so in words, so nobody reads an old cycle's paper as proof
     * of a designation no longer held.
     */
    static Text noLongerHeld(CertificationSummary certification) {
        return Text.of(certification.status() == CertificationStatus.LAPSED ? "certification.certificate.lapsed"
                : "certification.certificate.expired", certification.cycle().lastValidDay().plusDays(1));
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
    private static void seal(Canvas page, float x, float y) throws IOException {
        var canvas = page.content();
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
        var seal = Style.BODY.bold();
        page.centredText(x, y + 6, "GUILDHALL", seal.size(8.5f).colour(GOLD));
        page.centredText(x, y - 6, "CERTIFIED", seal.size(7).colour(Color.WHITE));
        page.centredText(x, y - 16, "MEMBER", seal.size(7).colour(Color.WHITE));
    }

    private static void qrCode(PDPageContentStream canvas, String url, float width) throws IOException {
        var qr = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
        float module = QR_SIZE / (qr.size + 2);
        float left = width - 80 - QR_SIZE;
        canvas.setNonStrokingColor(Color.WHITE);
        canvas.addRect(left, QR_BOTTOM, QR_SIZE, QR_SIZE);
        canvas.fill();
        canvas.setNonStrokingColor(NAVY);
        for (int row = 0; row < qr.size; row++) {
            for (int column = 0; column < qr.size; column++) {
                if (qr.getModule(column, row)) {
                    canvas.addRect(left + (column + 1) * module, QR_BOTTOM + QR_SIZE - (row + 2) * module, module,
                            module);
                }
            }
        }
        canvas.fill();
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
}
