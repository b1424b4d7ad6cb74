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
import org.guildhall.platform.Translations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The certificate of attendance an attendee downloads for an event: one landscape A4 page, written in the language
 * the reader asked for (the portal's language when they clicked the link).
 */
@Component
public class AttendanceCertificate {

    private static final Color INSTITUTE_BLUE = new Color(0x0f, 0x3d, 0x5e);
    private static final Color GOLD = new Color(0xf2, 0xb4, 0x41);
    private static final String DAY = "EEEE d MMMM yyyy";

    private final Clock clock;
    private final Translations translations;

    AttendanceCertificate(Clock clock, Translations translations) {
        this.clock = clock;
        this.translations = translations;
    }

    public byte[] render(EventSummary event, String attendeeName, @Nullable String memberNumber,
            boolean asPresenter, Locale locale) {
        var category = asPresenter ? CpdCategory.INSTRUCTION : event.cpdCategory();
        String kind = text(locale, event.kind().key()).toLowerCase(locale);
        var day = DateTimeFormatter.ofPattern(DAY, locale);
        var centred = Style.BODY.align(Align.CENTRE);
        String role = asPresenter ? "presentation" : "attendance";
        var pdf = PdfLayout.landscape(text(locale, "events.certificate.title." + role, event.title(), attendeeName),
                locale);
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
                .at(y).paragraph(text(locale, "events.certificate.institute"),
                        centred.bold().size(14).colour(INSTITUTE_BLUE))
                .at(y - 54).heading(1, text(locale, "events.certificate.heading." + role),
                        centred.bold().size(32).colour(INSTITUTE_BLUE))
                .at(y - 104).paragraph(text(locale, "events.certificate.certifies"),
                        centred.size(14).colour(Color.DARK_GRAY))
                .at(y - 140).paragraph(attendeeName, centred.bold().size(24));
        if (memberNumber != null) {
            pdf.space(8).paragraph(text(locale, "events.certificate.member-number", memberNumber),
                    centred.size(12).colour(Color.DARK_GRAY));
        }
        String held = day.format(event.localStart());
        pdf.space(14).paragraph(text(locale, "events.certificate.took-part." + role, kind),
                        centred.size(14).colour(Color.DARK_GRAY))
                .paragraph(event.title(), centred.bold().size(18))
                .paragraph(event.venue() != null ? text(locale, "events.certificate.held-at", held, event.venue())
                        : text(locale, "events.certificate.held-online", held),
                        centred.size(13).colour(Color.DARK_GRAY))
                .space(14)
                .paragraph(text(locale, event.membershipPoints() > 0 ? "events.certificate.credits-points"
                        : "events.certificate.credits", event.educationalHours(),
                        text(locale, "events.cpd-category." + category.name().toLowerCase(Locale.ROOT)
                                .replace('_', '-')), event.membershipPoints()), centred.size(13))
                .at(70).paragraph(text(locale, "events.certificate.issued", day.format(LocalDate.now(clock)),
                        event.id()), centred.size(10).colour(Color.GRAY));
        return pdf.toBytes();
    }

    private String text(Locale locale, String key, Object... arguments) {
        return translations.text(locale, key, arguments);
    }
}
