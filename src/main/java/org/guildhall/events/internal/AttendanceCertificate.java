package org.guildhall.events.internal;

import java.awt.Color;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.guildhall.cpd.CpdCategory;
import org.guildhall.documents.PdfLayout;
import org.guildhall.documents.PdfLayout.Align;
import org.guildhall.documents.PdfLayout.Style;
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
        var category = asPresenter ? CpdCategory.INSTRUCTION : event.cpdCategory();
        String kind = event.kind().label().toLowerCase(Locale.UK);
        var centred = Style.BODY.align(Align.CENTRE);
        var pdf = PdfLayout.landscape((asPresenter ? "Certificate of presentation: " : "Certificate of attendance: ")
                + event.title() + ", " + attendeeName, Locale.UK);
        float y = pdf.pageHeight() - 110;
        // Long titles wrap within the borders rather than run off the page.
        pdf.column(60, pdf.pageWidth() - 60)
                .decorate(canvas -> {
                    var content = canvas.content();
                    content.setStrokingColor(INSTITUTE_BLUE);
                    content.setLineWidth(6);
                    content.addRect(24, 24, canvas.width() - 48, canvas.height() - 48);
                    content.stroke();
                    content.setStrokingColor(GOLD);
                    content.setLineWidth(1.5f);
                    content.addRect(36, 36, canvas.width() - 72, canvas.height() - 72);
                    content.stroke();
                })
                .at(y).paragraph("THE INSTITUTE \u00b7 GUILDHALL", centred.bold().size(14).colour(INSTITUTE_BLUE))
                .at(y - 54).heading(1, asPresenter ? "Certificate of Presentation" : "Certificate of Attendance",
                        centred.bold().size(32).colour(INSTITUTE_BLUE))
                .at(y - 104).paragraph("This certifies that", centred.size(14).colour(Color.DARK_GRAY))
                .at(y - 140).paragraph(attendeeName, centred.bold().size(24));
        if (memberNumber != null) {
            pdf.space(8).paragraph("Member number " + memberNumber, centred.size(12).colour(Color.DARK_GRAY));
        }
        pdf.space(14).paragraph((asPresenter ? "presented at the " : "attended the ") + kind,
                        centred.size(14).colour(Color.DARK_GRAY))
                .paragraph(event.title(), centred.bold().size(18))
                .paragraph("held on " + DAY.format(event.localStart())
                        + (event.venue() != null ? " at " + event.venue() : " online"),
                        centred.size(13).colour(Color.DARK_GRAY))
                .space(14)
                .paragraph(event.educationalHours().stripTrailingZeros().toPlainString() + " CPD credits ("
                        + category.label() + ")" + (event.membershipPoints() > 0
                        ? " \u00b7 " + event.membershipPoints() + " membership points" : ""), centred.size(13))
                .at(70).paragraph("Issued " + DAY.format(LocalDate.now(clock)) + " \u00b7 event no. " + event.id(),
                        centred.size(10).colour(Color.GRAY));
        return pdf.toBytes();
    }
}
