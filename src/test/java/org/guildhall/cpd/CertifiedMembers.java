package org.guildhall.cpd;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.payment.InvoiceSummary;
import org.guildhall.payment.PaymentService;
import org.springframework.stereotype.Component;

/**
 * New members holding a designation awarded on a chosen day, their credits, and their renewal paid through the
 * services: the set-up the renewal and hardship tests share. A component in the test sources, so the shared test
 * context finds it by scanning and no test needs a context of its own.
 */
@Component
class CertifiedMembers {

    private final AccountService accounts;
    private final AccountProvisioning provisioning;
    private final CertificationService certifications;
    private final AutomaticCredits credits;
    private final RenewalService renewals;
    private final PaymentService payments;
    private final Clock clock;
    private final CpdTestSupport support;

    CertifiedMembers(AccountService accounts, AccountProvisioning provisioning, CertificationAwards awards,
            CertificationService certifications, DocumentService documents, AutomaticCredits credits,
            RenewalService renewals, PaymentService payments, Clock clock) {
        this.accounts = accounts;
        this.provisioning = provisioning;
        this.certifications = certifications;
        this.credits = credits;
        this.renewals = renewals;
        this.payments = payments;
        this.clock = clock;
        this.support = new CpdTestSupport(provisioning, awards, documents);
    }

    /** A new member; the registrar and the other shared test accounts exist from then on. */
    AccountSummary member(String name) {
        TestAccounts.ensure(accounts, provisioning);
        return support.member(name);
    }

    /** The designation awarded by exam on {@code on}, its first cycle starting then. */
    CertificationSummary award(AccountSummary member, String designation, LocalDate on) {
        return support.award(member, designation, on);
    }

    /** A PDF stored as the signed-in member's document. */
    UUID evidenceOf(AccountSummary member) {
        return support.evidenceOf(member);
    }

    /** Approved credits from {@code on} back, {@code required} in all, every one counted. */
    void meetRequirement(AccountSummary member, int required, LocalDate on) {
        CpdTestSupport.meetRequirement(credits, member, required, on);
    }

    /** The member asks for renewal (requirement met, window open) and gets its invoice, as the member. */
    InvoiceSummary renewalInvoice(AccountSummary member, CertificationSummary certification) {
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        return renewals.requestRenewal(certification.id());
    }

    /** The registrar confirms the renewal fee, and the certification renews into {@code cycle} (asynchronously). */
    CertificationSummary paidIntoCycle(AccountSummary member, InvoiceSummary invoice,
            CertificationSummary certification, int cycle) {
        TestAccounts.asRegistrar();
        payments.confirmPayment(invoice.id(), "BACS " + invoice.reference());
        await().atMost(Duration.ofSeconds(10)).until(() -> held(member, certification).cycleNumber() == cycle);
        return held(member, certification);
    }

    /** The certification as the member holds it now. */
    CertificationSummary held(AccountSummary member, CertificationSummary certification) {
        return certifications.certificationsOf(member.id()).stream()
                .filter(held -> held.id() == certification.id()).findFirst().orElseThrow();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
