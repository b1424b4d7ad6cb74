package org.guildhall.events.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.documents.PdfText;
import org.guildhall.events.EventSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The certificate of attendance an attendee downloads for an event: one landscape A4 page. */
@Component
public class AttendanceCertificate {

    private static final Color INSTITUTE_BLUE = new Color(0x0f, 0x3d, 0x5e);
    private static final Color GOLD = new Color(0xf2, 0xb4, 0x41);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final Clock clock;

    AttendanceCertificate(Clock clock) {
        this.clock = clock;
    }

    public byte[] render(EventSummary event, String attendeeName, @Nullable String memberNumber,
            boolean asPresenter) {
        var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        var page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
        float width = page.getMediaBox().getWidth();
        float height = page.getMediaBox().getHeight();
        var category = asPresenter ? CpdCategory.INSTRUCTION : event.cpdCategory();
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(page);
            document.getDocumentInformation().setTitle("Certificate of attendance: " + event.title());
            try (var content = new PDPageContentStream(document, page)) {
                content.setStrokingColor(INSTITUTE_BLUE);
                content.setLineWidth(6);
                content.addRect(24, 24, width - 48, height - 48);
                content.stroke();
                content.setStrokingColor(GOLD);
                content.setLineWidth(1.5f);
                content.addRect(36, 36, width - 72, height - 72);
                content.stroke();

                float y = height - 110;
                centred(content, bold, 14, INSTITUTE_BLUE, "THE INSTITUTE \u00b7 GUILDHALL", width, y);
                centred(content, bold, 32, INSTITUTE_BLUE, asPresenter ? "Certificate of Presentation"
                        : "Certificate of Attendance", width, y -= 54);
                centred(content, regular, 14, Color.DARK_GRAY, "This certifies that", width, y -= 50);
                centred(content, bold, 24, Color.BLACK, attendeeName, width, y -= 36);
                if (memberNumber != null) {
                    centred(content, regular, 12, Color.DARK_GRAY, "Member number " + memberNumber, width, y -= 20);
                }
                centred(content, regular, 14, Color.DARK_GRAY, asPresenter ? "presented at the "
                        + event.kind().label().toLowerCase(Locale.UK) : "attended the "
                        + event.kind().label().toLowerCase(Locale.UK), width, y -= 36);
                centred(content, bold, 18, Color.BLACK, event.title(), width, y -= 28);
                centred(content, regular, 13, Color.DARK_GRAY, "held on " + DAY.format(event.localStart())
                        + (event.venue() != null ? " at " + event.venue() : " online"), width, y -= 24);
                centred(content, regular, 13, Color.BLACK, event.educationalHours().stripTrailingZeros().toPlainString()
                        + " CPD hours (" + category.label() + ")" + (event.membershipPoints() > 0
                        ? " \u00b7 " + event.membershipPoints() + " membership points" : ""), width, y -= 40);
                centred(content, regular, 10, Color.GRAY, "Issued " + DAY.format(LocalDate.now(clock))
                        + " \u00b7 event no. " + event.id(), width, 70);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException failure) {
            throw new UncheckedIOException("The certificate could not be drawn", failure);
        }
    }

    private static void centred(PDPageContentStream content, PDFont font, float size, Color color, String text,
            float pageWidth, float y) throws IOException {
        String printable = PdfText.drawable(font, text);
        float fitted = size;
        // Long titles shrink to fit between the borders rather than run off the page.
        while (font.getStringWidth(printable) / 1000 * fitted > pageWidth - 120 && fitted > 8) {
            fitted -= 1;
        }
        float textWidth = font.getStringWidth(printable) / 1000 * fitted;
        content.beginText();
        content.setFont(font, fitted);
        content.setNonStrokingColor(color);
        content.newLineAtOffset((pageWidth - textWidth) / 2, y);
        content.showText(printable);
        content.endText();
    }

    /** The standard PDF fonts cover Western European letters; anything else is shown as a question mark. */
}
