package org.guildhall.cpd;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.guildhall.certification.CertificationCycle;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.cpd.domain.LedgerEntry;
import org.guildhall.cpd.internal.TranscriptPdf;
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

        var pdf = new TranscriptPdf().heading("CPD transcript")
                .text(holder.fullName() + " - " + certification.designationName() + " ("
                        + certification.designationCode() + ")")
                .text("Cycle " + cycleNumber + ": " + Formats.date(cycle.startsOn()) + " to "
                        + Formats.date(cycle.lastValidDay()) + ". Requirement: " + required + " CPD credits.")
                .text("Issued " + Formats.date(LocalDate.now(clock)) + ". Only approved activities count; each "
                        + "category counts up to its cap.")
                .section("Activities")
                .row(true, "Date", "Category", "Activity", "Status", "Claimed", "Counts");
        var entries = ledger.within(cycle);
        if (entries.isEmpty()) {
            pdf.text("No activities are logged in this cycle.");
        }
        for (LedgerEntry entry : entries) {
            var claim = entry.claim();
            BigDecimal claimed = ledger.creditsClaimed(claim);
            pdf.row(false, Formats.date(claim.completedOn()), claim.category().label(),
                    claim.title() + " (" + claim.provider() + ")", entry.status().label(),
                    TranscriptPdf.credits(claimed), entry.status().counts() ? "yes" : "no");
        }
        pdf.section("Categories").row(true, "", "Category", "", "Cap", "Approved", "Counted");
        for (var category : tally.categories()) {
            pdf.row(false, "", category.category().label(), category.capApplied() ? "cap applied" : "",
                    TranscriptPdf.credits(category.cap()), TranscriptPdf.credits(category.claimed()),
                    TranscriptPdf.credits(category.counted()));
        }
        pdf.section("Totals")
                .boldText("Counted: " + TranscriptPdf.credits(tally.counted()) + " of " + required
                        + " CPD credits required - " + (tally.met() ? "requirement met."
                        : "short by " + TranscriptPdf.credits(tally.shortBy()) + "."));
        return pdf.render();
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
