package org.guildhall.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.payment.PaymentService;
import org.junit.jupiter.api.BeforeEach;
import org.guildhall.shared.Text;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 6, renewal: requirement met, fee paid (and essay accepted where asked) renews into the next cycle. */
@IntegrationTest
class RenewalIntegrationTest {

    @Autowired RenewalService renewals;
    @Autowired CpdService cpd;
    @Autowired AutomaticCredits credits;
    @Autowired PaymentService payments;
    @Autowired CertificationService certifications;
    @Autowired CertificationAwards awards;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired DocumentService documents;
    @Autowired Clock clock;
    CpdTestSupport support;

    @BeforeEach
    void setUp() {
        TestAccounts.ensure(accounts, provisioning);
        support = new CpdTestSupport(provisioning, awards, documents);
    }

    @Test
    void the_fee_is_asked_only_once_the_requirement_is_met_and_its_payment_renews_the_certification() {
        var member = support.member("Kofi Boateng");
        // Awarded three years less four weeks ago: the renewal window is open.
        var certification = support.award(member, "CCSP", today().minusYears(3).plusWeeks(4));
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        assertThatExceptionOfType(CpdRefusedException.class)
                .isThrownBy(() -> renewals.requestRenewal(certification.id()))
                .withMessageContaining("36 more counted credits");

        meetRequirement(member, 36);
        var invoice = renewals.requestRenewal(certification.id());
        assertThat(renewals.requestRenewal(certification.id()).id()).isEqualTo(invoice.id());
        assertThat(invoice.amount()).isEqualByComparingTo("150.00");
        assertThat(invoice.subject()).isEqualTo("renewal:" + certification.id() + ":1");
        assertThat(renewals.status(certification.id()).outstanding()).extracting(Text::english).containsExactly("Pay the renewal fee.");

        TestAccounts.asRegistrar();
        payments.confirmPayment(invoice.id(), "BACS 99812");

        var renewed = awaitCycle(member, certification, 2);
        assertThat(renewed.cycle().startsOn()).isEqualTo(certification.cycle().expiresOn());
        assertThat(renewals.renewIfReady(member.id(), certification.id(), 1)).isFalse();
    }

    @Test
    void renewal_is_refused_before_the_window_opens() {
        var member = support.member("Lea Martin");
        var certification = support.award(member, "CCSP", today().minusYears(2));
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        assertThatExceptionOfType(CpdRefusedException.class)
                .isThrownBy(() -> renewals.requestRenewal(certification.id()))
                .withMessageContaining("six weeks before expiry");
    }

    @Test
    void a_designation_asking_for_an_essay_renews_only_once_an_assessor_accepts_it() {
        var member = support.member("Maya Cohen");
        var assessor = provisioning.createAccount("Nils Berg", TestAccounts.uniqueEmail("assessor"),
                TestAccounts.PASSWORD, Role.MEMBER, Role.ASSESSOR);
        var certification = support.award(member, "CCCM", today().minusYears(3).plusWeeks(2));
        meetRequirement(member, 45);
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        var invoice = renewals.requestRenewal(certification.id());
        TestAccounts.asRegistrar();
        payments.confirmPayment(invoice.id(), "CARD 2231");

        TestAccounts.signInAs(member.email(), Role.MEMBER);
        assertThat(renewals.status(certification.id()).feePaid()).isTrue();
        assertThat(renewals.status(certification.id()).outstanding()).extracting(Text::english)
                .containsExactly("Have your recertification essay accepted by an assessor.");
        assertThatExceptionOfType(CpdRefusedException.class)
                .isThrownBy(() -> renewals.submitEssay(certification.id(), "Too short."))
                .withMessageContaining("at least 300");
        var essay = renewals.submitEssay(certification.id(), "I applied what I learned. ".repeat(20));

        TestAccounts.signInAs(member.email(), Role.MEMBER, Role.ASSESSOR);
        assertThatExceptionOfType(CpdRefusedException.class)
                .isThrownBy(() -> renewals.reviewEssay(essay.id(), true, null))
                .withMessageContaining("your own essay");
        TestAccounts.signInAs(assessor.email(), Role.ASSESSOR);
        assertThat(renewals.essaysToReview()).extracting(EssayDetails::id).contains(essay.id());
        renewals.reviewEssay(essay.id(), true, "A clear account of practice.");

        assertThat(certifications.certificationsOf(member.id()).getFirst().cycleNumber()).isEqualTo(2);
    }

    private void meetRequirement(AccountSummary member, int required) {
        CpdTestSupport.meetRequirement(credits, member, required, today().minusMonths(2));
    }

    private CertificationSummary awaitCycle(AccountSummary member, CertificationSummary certification, int cycle) {
        await().atMost(Duration.ofSeconds(10)).until(() -> certifications.certificationsOf(member.id()).stream()
                .anyMatch(held -> held.id() == certification.id() && held.cycleNumber() == cycle));
        return certifications.certificationsOf(member.id()).getFirst();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
