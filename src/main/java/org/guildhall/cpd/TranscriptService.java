package org.guildhall.cpd;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.guildhall.certification.CertificationCycle;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.documents.PdfLayout;
import org.guildhall.documents.PdfLayout.Column;
import org.guildhall.identity.AccountService;
import org.guildhall.shell.Formats;
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

    private static final List<Column> ACTIVITY_COLUMNS = List.of(new Column("Date", 0.13f),
            new Column("Category", 0.17f), new Column("Activity", 0.32f), new Column("Status", 0.2f),
            new Column("Claimed", 0.09f), new Column("Counts", 0.09f));
    private static final List<Column> CATEGORY_COLUMNS = List.of(new Column("Category", 0.34f),
            new Column("Note", 0.22f), new Column("Cap", 0.14f), new Column("Approved", 0.15f),
            new Column("Counted", 0.15f));

    private final CertificationService certifications;
    private final DesignationCatalogue catalogue;
    private final CpdService cpd;
    private final AccountService accounts;
    private final Clock clock;

    TranscriptService(CertificationService certifications, DesignationCatalogue catalogue, CpdService cpd,
            AccountService accounts, Clock clock) {
        this.certifications = certifications;
        this.catalogue = catalogue;
        this.cpd = cpd;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** For the holder or a registrar; anyone else is told the certification does not exist. */
    @PreAuthorize("isAuthenticated()")
    public byte[] transcript(long certificationId, int cycleNumber) {
        var certification = certifications.certification(certificationId);
        if (cycleNumber < 1 || cycleNumber > certification.cycleNumber()) {
            throw new CpdRefusedException("There is no cycle " + cycleNumber + " of this certification.");
        }
        var cycle = cycle(certification, cycleNumber);
        var ledger = cpd.ledgerOf(certification.holderAccountId());
        // Only the current cycle's requirement is on record; earlier cycles are read against it.
        int required = certification.cpdHoursRequired();
        var tally = ledger.tally(cycle, required);
        var holder = accounts.summaryOf(certification.holderAccountId());

        var pdf = PdfLayout.portrait("CPD transcript: " + holder.fullName() + ", "
                + certification.designationCode() + " cycle " + cycleNumber, Locale.UK)
                .withPageNumbers()
                .heading(1, "CPD transcript")
                .paragraph(holder.fullName() + " - " + certification.designationName() + " ("
                        + certification.designationCode() + ")")
                .paragraph("Cycle " + cycleNumber + ": " + Formats.date(cycle.startsOn()) + " to "
                        + Formats.date(cycle.lastValidDay()) + ". Requirement: " + required + " CPD credits.")
                .paragraph("Issued " + Formats.date(LocalDate.now(clock)) + ". Only approved activities count; each "
                        + "category counts up to its cap.")
                .heading(2, "Activities");
        var entries = ledger.within(cycle);
        if (entries.isEmpty()) {
            pdf.paragraph("No activities are logged in this cycle.");
        } else {
            pdf.table(ACTIVITY_COLUMNS, entries.stream().map(entry -> List.of(
                    Formats.date(entry.claim().completedOn()), entry.claim().category().label(),
                    entry.claim().title() + " (" + entry.claim().provider() + ")", entry.status().label(),
                    credits(ledger.creditsClaimed(entry.claim())), entry.status().counts() ? "yes" : "no")).toList());
        }
        pdf.heading(2, "Categories").table(CATEGORY_COLUMNS, tally.categories().stream().map(category -> List.of(
                category.category().label(), category.capApplied() ? "cap applied" : "",
                credits(category.cap()), credits(category.claimed()), credits(category.counted()))).toList());
        return pdf.heading(2, "Totals")
                .paragraph("Counted: " + credits(tally.counted()) + " of " + required + " CPD credits required - "
                        + (tally.met() ? "requirement met." : "short by " + credits(tally.shortBy()) + "."),
                        PdfLayout.Style.BODY.bold())
                .toBytes();
    }

    private static String credits(BigDecimal credits) {
        return credits.stripTrailingZeros().toPlainString();
    }

    /** Cycle {@code number} of the certification: from the award, each cycle starting at the previous expiry. */
    private CertificationCycle cycle(CertificationSummary certification, int number) {
        if (number == certification.cycleNumber()) {
            return certification.cycle();
        }
        int years = catalogue.all().stream().filter(designation -> designation.code()
                .equals(certification.designationCode())).findFirst().orElseThrow().cycleYears();
        var cycle = CertificationCycle.starting(certification.awardedOn(), years);
        for (int n = 1; n < number; n++) {
            cycle = cycle.following(years);
        }
        return cycle;
    }
}
