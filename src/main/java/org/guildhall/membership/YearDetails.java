package org.guildhall.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.guildhall.membership.domain.Membership;
import org.guildhall.membership.domain.MembershipTerm;
import org.guildhall.membership.internal.MembershipYear;
import org.guildhall.payment.InvoiceSummary;
import org.guildhall.payment.PaymentPurpose;
import org.guildhall.payment.PaymentService;
import org.springframework.stereotype.Component;

/** Puts one membership's year together as {@link SubscriptionDetails}, for the member's and registrar's services. */
@Component
class YearDetails {

    private final MembershipYear year;
    private final PaymentService payments;
    private final Clock clock;

    YearDetails(MembershipYear year, PaymentService payments, Clock clock) {
        this.year = year;
        this.payments = payments;
        this.clock = clock;
    }

    SubscriptionDetails of(Membership membership) {
        var assessment = year.assess(membership);
        var terms = year.termsOf(membership.accountId()).stream().map(this::summary).toList();
        var open = terms.stream().filter(TermSummary::awaitingPayment).reduce((first, later) -> later).orElse(null);
        var today = LocalDate.now(clock);
        boolean renewable = switch (assessment.status()) {
            case CURRENT, RENEWAL_DUE, GRACE -> true;
            default -> false;
        };
        boolean paidAhead = terms.stream().anyMatch(term -> term.settled() && term.startsOn().isAfter(today));
        boolean renewalOpen = terms.stream().anyMatch(term -> term.kind() == TermKind.RENEWAL
                && term.awaitingPayment());
        return new SubscriptionDetails(membership.accountId(), membership.memberNumber(), membership.category(),
                assessment.status(), assessment.reason(), assessment.paidUntil(), membership.resignsAtTermEnd(),
                open, terms, renewable && !membership.resignsAtTermEnd() && !paidAhead && !renewalOpen
                        && assessment.paidUntil() != null);
    }

    private TermSummary summary(MembershipTerm term) {
        var invoice = term.kind() == TermKind.CARRIED_OVER ? Optional.<InvoiceSummary>empty()
                : payments.invoiceFor(PaymentPurpose.MEMBERSHIP_SUBSCRIPTION, term.invoiceSubject());
        return new TermSummary(term.id(), term.termNumber(), term.kind(), term.category(), term.startsOn(),
                term.endsOn(), term.fee(), term.status().key(), term.isInvoiced(), term.isSettled(),
                invoice.map(InvoiceSummary::id).orElse(null), invoice.map(InvoiceSummary::reference).orElse(null));
    }
}
