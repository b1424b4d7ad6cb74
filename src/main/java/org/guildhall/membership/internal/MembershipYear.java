package org.guildhall.membership.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipEvents.MembershipStatusChanged;
import org.guildhall.membership.MembershipEvents.RenewalReminderDue;
import org.guildhall.membership.MembershipEvents.SubscriptionInvoiced;
import org.guildhall.membership.MembershipEvents.SubscriptionPaid;
import org.guildhall.membership.MembershipSettings;
import org.guildhall.membership.MembershipStatus;
import org.guildhall.membership.MembershipYearRefusedException;
import org.guildhall.membership.TermKind;
import org.guildhall.membership.domain.CategoryMoves;
import org.guildhall.membership.domain.Membership;
import org.guildhall.membership.domain.MembershipAction;
import org.guildhall.membership.domain.MembershipActionRepository;
import org.guildhall.membership.domain.MembershipFee;
import org.guildhall.membership.domain.MembershipFeeRepository;
import org.guildhall.membership.domain.MembershipRepository;
import org.guildhall.membership.domain.MembershipTerm.Settlement;
import org.guildhall.membership.domain.MembershipTerm;
import org.guildhall.membership.domain.MembershipTermRepository;
import org.guildhall.membership.domain.RegistrarHold;
import org.guildhall.membership.domain.StandingRule.Assessment;
import org.guildhall.membership.domain.StandingRule;
import org.guildhall.membership.domain.TermDates;
import org.guildhall.payment.InvoiceSummary;
import org.guildhall.payment.PaymentPurpose;
import org.guildhall.payment.PaymentService;
import org.guildhall.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The membership year's bookkeeping: terms opened and invoiced, paid, waived, cancelled, extended, and the status
 * they give. Every change first locks the membership row, so two job runs, two payments or a payment racing the
 * job see each other's work and never open or extend a term twice. Callers (the module's services, its job and
 * payment listener) authorise; this only applies the rules. Reads after the lock see what the other committed
 * (read committed), so the loser of a race finds the winner's term.
 */
@Component
@Transactional(isolation = Isolation.READ_COMMITTED)
public class MembershipYear {

    private static final EnumSet<MembershipStatus> RENEWABLE = EnumSet.of(MembershipStatus.CURRENT,
            MembershipStatus.RENEWAL_DUE, MembershipStatus.GRACE);

    private final MembershipRepository memberships;
    private final MembershipTermRepository terms;
    private final MembershipFeeRepository fees;
    private final MembershipActionRepository actions;
    private final PaymentService payments;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final MembershipSettings settings;

    MembershipYear(MembershipRepository memberships, MembershipTermRepository terms, MembershipFeeRepository fees,
            MembershipActionRepository actions, PaymentService payments, ApplicationEventPublisher publisher,
            Clock clock, MembershipSettings settings) {
        this.memberships = memberships;
        this.terms = terms;
        this.fees = fees;
        this.actions = actions;
        this.payments = payments;
        this.publisher = publisher;
        this.clock = clock;
        this.settings = settings;
    }

    /** At approval, in the approval's transaction: the first term from today, invoiced. */
    public void openJoiningTerm(Membership membership) {
        var today = today();
        var fee = feeOn(membership, today);
        invoice(membership, terms.save(new MembershipTerm(membership.accountId(), 1, TermKind.JOINING,
                membership.category(), today, TermDates.lastDay(today, fee.termMonths()), fee.annualFee())));
        roll(membership);
    }

    /** A membership from before subscriptions (demo data, tests): one settled term, no invoice. */
    public void carryOver(Membership membership, LocalDate startsOn, LocalDate endsOn) {
        terms.save(MembershipTerm.carriedOver(membership.accountId(), membership.category(), startsOn, endsOn,
                clock.instant()));
        roll(membership);
    }

    /** Where the term of a membership carried over since {@code since} starts today: its latest anniversary. */
    public LocalDate latestAnniversary(LocalDate since) {
        return since.plusYears(Math.max(0, ChronoUnit.YEARS.between(since, today())));
    }

    @Transactional(readOnly = true)
    public Assessment assess(Membership membership) {
        return assess(membership, termsOf(membership.accountId()));
    }

    @Transactional(readOnly = true)
    public List<MembershipTerm> termsOf(long accountId) {
        return terms.findByAccountIdOrderByTermNumberAsc(accountId);
    }

    /** One membership's daily roll: opens the renewal when due, reminds, cancels at lapse, records the status. */
    public void roll(long accountId) {
        memberships.lockById(accountId).ifPresent(this::roll);
    }

    /** Every membership the daily roll looks at. */
    @Transactional(readOnly = true)
    public List<Long> accountsToRoll() {
        return memberships.accountIdsToRoll();
    }

    /** A confirmed payment of a term's invoice; a repeat (or a term already waived) changes nothing. */
    public void termPaid(long accountId, long termId) {
        var membership = lock(accountId);
        terms.findById(termId).filter(term -> term.accountId() == accountId).ifPresent(term -> {
            if (term.settle(Settlement.PAID, clock.instant())) {
                publisher.publishEvent(new SubscriptionPaid(term.id(), accountId, membership.memberNumber(),
                        term.kind(), term.endsOn()));
            }
        });
        roll(membership);
    }

    /** The member renews before renewal opens (or any time until lapse): the same renewal invoice. */
    public InvoiceSummary renewEarly(long accountId) {
        var membership = lock(accountId);
        var list = termsOf(accountId);
        var assessment = assess(membership, list);
        if (!RENEWABLE.contains(assessment.status()) || membership.resignsAtTermEnd()
                || assessment.paidUntil() == null) {
            throw new MembershipYearRefusedException(Text.of("membership.year.cannot-renew",
                    assessment.reason()));
        }
        var today = today();
        if (list.stream().anyMatch(term -> term.isSettled() && term.startsOn().isAfter(today))) {
            throw new MembershipYearRefusedException(Text.of("membership.year.already-renewed",
                    assessment.paidUntil()));
        }
        var renewal = openRenewal(membership, list, assessment.paidUntil());
        roll(membership);
        return invoiceOf(renewal);
    }

    /** A lapsed member's way back: a term from today for the subscription plus the reinstatement fee. */
    public InvoiceSummary reinstate(long accountId) {
        var membership = lock(accountId);
        var list = termsOf(accountId);
        if (assess(membership, list).status() != MembershipStatus.LAPSED) {
            throw new MembershipYearRefusedException(Text.of("membership.year.reinstate-lapsed-only",
                    Text.of(membership.status().key())));
        }
        var open = list.stream().filter(term -> term.kind() == TermKind.REINSTATEMENT && term.isInvoiced())
                .findFirst();
        if (open.isPresent()) {
            return invoiceOf(open.get());
        }
        var today = today();
        var fee = feeOn(membership, today);
        var term = terms.save(new MembershipTerm(accountId, nextNumber(list), TermKind.REINSTATEMENT,
                membership.category(), today, TermDates.lastDay(today, fee.termMonths()),
                fee.annualFee().add(fee.reinstatementFee())));
        return invoice(membership, term);
    }

    /** Resignation, effective at the end of the paid term: an open renewal is withdrawn. */
    public void resign(long accountId, String reason, String by) {
        var membership = lock(accountId);
        if (membership.resignsAtTermEnd() || membership.registrarHold() == RegistrarHold.EXPELLED) {
            throw new MembershipYearRefusedException(Text.of("membership.year.already-ending",
                    assess(membership).reason()));
        }
        membership.resignAtTermEnd();
        termsOf(accountId).stream().filter(term -> term.kind() == TermKind.RENEWAL).forEach(this::cancel);
        record(membership, MembershipAction.Kind.RESIGNATION, reason, by);
    }

    public void suspend(long accountId, String reason, String by) {
        var membership = lock(accountId);
        if (membership.registrarHold() != null) {
            throw new MembershipYearRefusedException(Text.of("membership.year.already-held",
                    Text.of(membership.status().key())));
        }
        membership.hold(RegistrarHold.SUSPENDED, reason);
        record(membership, MembershipAction.Kind.SUSPENSION, reason, by);
    }

    public void liftSuspension(long accountId, String reason, String by) {
        var membership = lock(accountId);
        if (membership.registrarHold() != RegistrarHold.SUSPENDED) {
            throw new MembershipYearRefusedException("membership.year.not-suspended");
        }
        membership.liftSuspension();
        record(membership, MembershipAction.Kind.SUSPENSION_LIFTED, reason, by);
    }

    /** Expulsion ends the membership for good: open invoices are withdrawn. */
    public void expel(long accountId, String reason, String by) {
        var membership = lock(accountId);
        if (membership.registrarHold() == RegistrarHold.EXPELLED) {
            throw new MembershipYearRefusedException("membership.year.already-expelled");
        }
        membership.hold(RegistrarHold.EXPELLED, reason);
        termsOf(accountId).forEach(this::cancel);
        record(membership, MembershipAction.Kind.EXPULSION, reason, by);
    }

    /** Waives the open subscription, or the next term's when none is open: settled without payment. */
    public void waive(long accountId, String reason, String by) {
        var membership = lock(accountId);
        var list = termsOf(accountId);
        var assessment = assess(membership, list);
        var open = list.stream().filter(MembershipTerm::isInvoiced).findFirst().or(() -> {
            if (!RENEWABLE.contains(assessment.status()) || assessment.paidUntil() == null) {
                return Optional.empty();
            }
            return Optional.of(openRenewal(membership, list, assessment.paidUntil()));
        }).orElseThrow(() -> new MembershipYearRefusedException(Text.of("membership.year.nothing-to-waive",
                assessment.reason())));
        open.settle(Settlement.WAIVED, clock.instant());
        payments.cancel(PaymentPurpose.MEMBERSHIP_SUBSCRIPTION, open.invoiceSubject());
        record(membership, MembershipAction.Kind.TERM_WAIVED, reason, by);
    }

    /** Moves the end of the paid run to {@code newEnd}; an open renewal moves with it. */
    public void extend(long accountId, LocalDate newEnd, String reason, String by) {
        var membership = lock(accountId);
        var list = termsOf(accountId);
        var paidUntil = assess(membership, list).paidUntil();
        if (paidUntil == null || !newEnd.isAfter(paidUntil)) {
            throw new MembershipYearRefusedException(paidUntil == null
                    ? Text.of("membership.year.nothing-to-extend")
                    : Text.of("membership.year.extend-after", paidUntil));
        }
        long days = newEnd.toEpochDay() - paidUntil.toEpochDay();
        list.stream().filter(term -> term.isSettled() && term.endsOn().equals(paidUntil)).findFirst()
                .ifPresent(last -> last.moveTo(last.startsOn(), newEnd));
        list.stream().filter(term -> term.isInvoiced() && term.startsOn().isAfter(paidUntil))
                .forEach(next -> next.moveTo(next.startsOn().plusDays(days), next.endsOn().plusDays(days)));
        record(membership, MembershipAction.Kind.TERM_EXTENDED, reason, by);
    }

    /**
     * An approved category change: at once, with the difference for the rest of the paid term invoiced (subject
     * {@code invoiceSubject}) when the new category is dearer; or recorded to take effect at the next renewal.
     * Returns the difference's invoice, if one was issued.
     */
    public Optional<InvoiceSummary> changeCategory(long accountId, MembershipCategory to, boolean atOnce,
            String invoiceSubject) {
        var membership = lock(accountId);
        if (!atOnce) {
            membership.changeCategoryAtRenewal(to);
            return Optional.empty();
        }
        var today = today();
        var from = membership.category();
        membership.changeCategory(to);
        var covering = termsOf(accountId).stream().filter(term -> term.isSettled()
                && !term.startsOn().isAfter(today) && !term.endsOn().isBefore(today)).findFirst();
        if (covering.isEmpty()) {
            return Optional.empty();
        }
        var term = covering.get();
        var difference = CategoryMoves.proRatedDifference(feeOn(from, today).annualFee(),
                feeOn(to, today).annualFee(), today, term.startsOn(), term.endsOn());
        if (difference.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(payments.issue(accountId, PaymentPurpose.MEMBERSHIP_SUBSCRIPTION, invoiceSubject,
                "Category change to " + to.label() + ": the difference to " + term.endsOn(), difference));
    }

    /** The fee in force for the membership's category on a day. */
    @Transactional(readOnly = true)
    public MembershipFee feeOn(Membership membership, LocalDate day) {
        return feeOn(membership.category(), day);
    }

    private MembershipFee feeOn(MembershipCategory category, LocalDate day) {
        return fees.findFirstByCategoryAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(category, day)
                .orElseThrow(() -> new IllegalStateException("No subscription is set for " + category.label()));
    }

    @Transactional(readOnly = true)
    public InvoiceSummary invoiceOf(MembershipTerm term) {
        return payments.invoiceFor(PaymentPurpose.MEMBERSHIP_SUBSCRIPTION, term.invoiceSubject()).orElseThrow();
    }

    private void roll(Membership membership) {
        var today = today();
        var list = termsOf(membership.accountId());
        var assessment = assess(membership, list);
        var paidUntil = assessment.paidUntil();
        boolean renewing = RENEWABLE.contains(assessment.status()) && !membership.resignsAtTermEnd()
                && paidUntil != null;
        if (renewing && !today.isBefore(StandingRule.renewalOpensOn(today, paidUntil, settings.year()))) {
            var renewal = openRenewal(membership, list, paidUntil);
            if (!today.isBefore(paidUntil.minusDays(settings.year().finalReminderDays(today)))
                    && !today.isAfter(paidUntil)
                    && renewal.markFinalReminderSent()) {
                var invoice = invoiceOf(renewal);
                publisher.publishEvent(new RenewalReminderDue(renewal.id(), membership.accountId(),
                        invoice.reference(), invoice.amount(), paidUntil));
            }
        }
        if (assessment.status() == MembershipStatus.LAPSED) {
            list.stream().filter(term -> term.kind() == TermKind.RENEWAL).forEach(this::cancel);
        }
        var previous = membership.moveTo(assessment.status(), today);
        if (previous != null) {
            publisher.publishEvent(new MembershipStatusChanged(membership.accountId(), membership.memberNumber(),
                    previous, assessment.status(), today, assessment.reason().english()));
        }
    }

    /** The open renewal following {@code paidUntil}, invoiced on the first call. */
    private MembershipTerm openRenewal(Membership membership, List<MembershipTerm> list, LocalDate paidUntil) {
        var open = list.stream().filter(term -> term.kind() == TermKind.RENEWAL && term.isInvoiced()).findFirst();
        if (open.isPresent()) {
            return open.get();
        }
        var start = paidUntil.plusDays(1);
        membership.applyCategoryForRenewal();
        var fee = feeOn(membership, start);
        var renewal = terms.save(new MembershipTerm(membership.accountId(), nextNumber(list), TermKind.RENEWAL,
                membership.category(), start, TermDates.lastDay(start, fee.termMonths()), fee.annualFee()));
        invoice(membership, renewal);
        return renewal;
    }

    private InvoiceSummary invoice(Membership membership, MembershipTerm term) {
        var invoice = payments.issue(membership.accountId(), PaymentPurpose.MEMBERSHIP_SUBSCRIPTION,
                term.invoiceSubject(), term.kind().label() + " subscription: " + term.category().label() + " member "
                        + membership.memberNumber() + ", term " + term.termNumber(), term.fee());
        publisher.publishEvent(new SubscriptionInvoiced(term.id(), membership.accountId(), membership.memberNumber(),
                term.kind(), invoice.reference(), invoice.amount(), term.startsOn(), term.endsOn()));
        return invoice;
    }

    private void cancel(MembershipTerm term) {
        if (term.cancel()) {
            payments.cancel(PaymentPurpose.MEMBERSHIP_SUBSCRIPTION, term.invoiceSubject());
        }
    }

    private void record(Membership membership, MembershipAction.Kind kind, String reason, String by) {
        actions.save(new MembershipAction(membership.accountId(), kind, reason, by, clock.instant()));
        roll(membership);
    }

    private Assessment assess(Membership membership, List<MembershipTerm> list) {
        return StandingRule.assess(today(), membership.registrarHold(), membership.holdReason(),
                membership.resignsAtTermEnd(), list.stream().map(MembershipTerm::span).toList(),
                settings.year());
    }

    private static int nextNumber(List<MembershipTerm> list) {
        return list.stream().mapToInt(MembershipTerm::termNumber).max().orElse(0) + 1;
    }

    private Membership lock(long accountId) {
        return memberships.lockById(accountId).orElseThrow(() -> new MembershipYearRefusedException(
                "membership.year.no-membership"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
