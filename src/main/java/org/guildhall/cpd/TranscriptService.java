package org.guildhall.cpd;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.guildhall.certification.CertificationCycle;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.cpd.domain.HardshipRequest;
import org.guildhall.documents.PdfLayout;
import org.guildhall.documents.PdfLayout.Column;
import org.guildhall.identity.AccountService;
import org.guildhall.platform.Translations;
import org.guildhall.shared.Text;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CPD transcript of one certification cycle as a PDF: every activity dated in the cycle with the credits it
 * claims and counts, each category's cap and what it let count, and the total against the requirement.
 */
@Service
@Transactional(readOnly = true)
public class TranscriptService {

    private final CertificationService certifications;
    private final DesignationCatalogue catalogue;
    private final CpdService cpd;
    private final HardshipService hardship;
    private final AccountService accounts;
    private final Translations translations;
    private final Clock clock;

    TranscriptService(CertificationService certifications, DesignationCatalogue catalogue, CpdService cpd,
            HardshipService hardship, AccountService accounts, Translations translations, Clock clock) {
        this.hardship = hardship;
        this.translations = translations;
        this.certifications = certifications;
        this.catalogue = catalogue;
        this.cpd = cpd;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * For the holder or a registrar, written in {@code language} (the reader's); anyone else is told the
     * certification does not exist.
     */
    @PreAuthorize("isAuthenticated()")
    public byte[] transcript(long certificationId, int cycleNumber, Locale language) {
        var certification = certifications.certification(certificationId);
        if (cycleNumber < 1 || cycleNumber > certification.cycleNumber()) {
            throw new CpdRefusedException("cpd.transcript.no-such-cycle", cycleNumber);
        }
        var reliefs = hardship.grantedFor(certificationId);
        var cycle = cycle(certification, cycleNumber, reliefs);
        var ledger = cpd.ledgerOf(certification.holderAccountId());
        int required = certifications.cpdHoursRequiredIn(certificationId, cycleNumber);
        var tally = ledger.tally(cycle, required);
        var holder = accounts.summaryOf(certification.holderAccountId());
        Function<Text, String> text = words -> translations.text(language, words);

        var pdf = PdfLayout.portrait(text.apply(Text.of("cpd.transcript.title", holder.fullName(),
                        certification.designationCode(), cycleNumber)), language)
                .withPageNumbers()
                .heading(1, text.apply(Text.of("cpd.transcript.heading")))
                .paragraph(text.apply(Text.of("cpd.transcript.holder", holder.fullName(),
                        certification.designationName(), certification.designationCode())))
                .paragraph(text.apply(Text.of("cpd.transcript.cycle", cycleNumber, cycle.startsOn(),
                        cycle.lastValidDay(), required)))
                .paragraph(text.apply(Text.of("cpd.transcript.issued", LocalDate.now(clock))));
        reliefs.stream().filter(relief -> relief.cycleNumber() == cycleNumber)
                .forEach(relief -> pdf.paragraph(text.apply(reliefLine(relief)), PdfLayout.Style.BODY.bold()));
        pdf.heading(2, text.apply(Text.of("cpd.transcript.activities")));
        var entries = ledger.within(cycle);
        if (entries.isEmpty()) {
            pdf.paragraph(text.apply(Text.of("cpd.transcript.no-activities")));
        } else {
            pdf.table(columns(text, "date", 0.13f, "category", 0.17f, "activity", 0.32f, "status", 0.2f,
                    "claimed", 0.09f, "counts", 0.09f), entries.stream().map(entry -> List.of(
                    Text.date(entry.claim().completedOn(), language),
                    text.apply(Text.of(entry.claim().category().labelKey())),
                    entry.claim().title() + " (" + entry.claim().provider() + ")",
                    text.apply(Text.of(entry.status().labelKey())),
                    credits(ledger.creditsClaimed(entry.claim()), language),
                    text.apply(Text.of(entry.status().counts() ? "cpd.transcript.yes" : "cpd.transcript.no"))))
                    .toList());
        }
        pdf.heading(2, text.apply(Text.of("cpd.transcript.categories"))).table(columns(text, "category", 0.34f,
                "note", 0.22f, "cap", 0.14f, "approved", 0.15f, "counted", 0.15f), tally.categories().stream()
                .map(category -> List.of(text.apply(Text.of(category.category().labelKey())),
                        category.capApplied() ? text.apply(Text.of("cpd.transcript.cap-applied")) : "",
                        credits(category.cap(), language), credits(category.claimed(), language),
                        credits(category.counted(), language))).toList());
        return pdf.heading(2, text.apply(Text.of("cpd.transcript.totals")))
                .paragraph(text.apply(tally.met()
                                ? Text.of("cpd.transcript.met", tally.counted(), required)
                                : Text.of("cpd.transcript.short", tally.counted(), required, tally.shortBy())),
                        PdfLayout.Style.BODY.bold())
                .toBytes();
    }

    /** The table's columns: pairs of a header's key under {@code cpd.transcript.col.} and its share of the width. */
    private static List<Column> columns(Function<Text, String> text, Object... keysAndShares) {
        var columns = new ArrayList<Column>();
        for (int i = 0; i < keysAndShares.length; i += 2) {
            columns.add(new Column(text.apply(Text.of("cpd.transcript.col." + keysAndShares[i])),
                    (Float) keysAndShares[i + 1]));
        }
        return columns;
    }

    private static String credits(BigDecimal credits, Locale language) {
        return NumberFormat.getNumberInstance(language).format(credits);
    }

    /**
     * Cycle {@code number} of the certification: from the award, each cycle starting at the previous expiry, which
     * a granted hardship extension moved.
     */
    private CertificationCycle cycle(CertificationSummary certification, int number, List<HardshipRequest> reliefs) {
        if (number == certification.cycleNumber()) {
            return certification.cycle();
        }
        int years = catalogue.all().stream().filter(designation -> designation.code()
                .equals(certification.designationCode())).findFirst().orElseThrow().cycleYears();
        var cycle = extended(CertificationCycle.starting(certification.awardedOn(), years), 1, reliefs);
        for (int n = 2; n <= number; n++) {
            cycle = extended(cycle.following(years), n, reliefs);
        }
        return cycle;
    }

    private static CertificationCycle extended(CertificationCycle cycle, int number, List<HardshipRequest> reliefs) {
        return reliefs.stream().filter(relief -> relief.cycleNumber() == number && relief.grantedExpiresOn() != null)
                .findFirst().map(relief -> new CertificationCycle(cycle.startsOn(), relief.grantedExpiresOn()))
                .orElse(cycle);
    }

    /** What a granted relief did to the cycle, in the transcript's words (seed 001: credits stay within it). */
    private static Text reliefLine(HardshipRequest relief) {
        if (relief.state() == HardshipState.EXTENDED) {
            return Text.of("cpd.transcript.extended", requireNonNull(relief.previousExpiresOn()).minusDays(1),
                    requireNonNull(relief.grantedExpiresOn()).minusDays(1), Text.of(relief.reason().labelKey()));
        }
        return Text.of("cpd.transcript.paused", relief.pausedMonths(), relief.previousRequired(),
                relief.grantedRequired(), Text.of(relief.reason().labelKey()));
    }
}
