package org.guildhall.cpd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.guildhall.certification.CertificationSummary;
import org.guildhall.payment.InvoiceSummary;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * Where a certification's renewal stands: the window, the fee and its invoice, the essay if the designation asks
 * for one, and what is still outstanding (empty when it can renew).
 */
public record RenewalStatus(CertificationSummary certification, boolean windowOpen, LocalDate windowOpensOn,
        BigDecimal renewalFee, @Nullable InvoiceSummary invoice, boolean essayRequired, @Nullable EssayDetails essay,
        List<Text> outstanding) {

    public boolean ready() {
        return outstanding.isEmpty();
    }

    public boolean feePaid() {
        return invoice != null && invoice.isPaid();
    }
}
