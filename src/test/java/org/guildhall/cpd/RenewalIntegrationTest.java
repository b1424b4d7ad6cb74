package org.guildhall.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.payment.PaymentService;
import org.guildhall.shared.Text;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 6, renewal: requirement met, fee paid (and essay accepted where asked) renews into the next cycle. */
@IntegrationTest
class RenewalIntegrationTest {

    @Autowired CertifiedMembers members;
    @Autowired RenewalService renewals;
    @Autowired PaymentService payments;
    @Autowired AccountProvisioning provisioning;

    @Test
    void the_fee_is_asked_only_once_the_requirement_is_met_and_its_payment_renews_the_certification() {
        var member = members.member("Kofi Boateng");
        // Awarded three years less four weeks ago: the renewal window is open.
        var certification = members.award(member, "CCSP", today().minusYears(3).plusWeeks(4));
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        assertThatExceptionOfType(CpdRefusedException.class)
                .isThrownBy(() -> renewals.requestRenewal(certification.id()))
                .withMessageContaining("36 more counted credits");

        meetRequirement(member, 36);
        var invoice = members.renewalInvoice(member, certification);
        assertThat(renewals.requestRenewal(certification.id()).id()).isEqualTo(invoice.id());
        assertThat(invoice.amount()).isEqualByComparingTo("150.00");
        assertThat(invoice.subject()).isEqualTo("renewal:" + certification.id() + ":1");
        assertThat(renewals.status(certification.id()).outstanding()).extracting(Text::english).containsExactly("Pay the renewal fee.");

        var renewed = members.paidIntoCycle(member, invoice, certification, 2);
        assertThat(renewed.cycle().startsOn()).isEqualTo(certification.cycle().expiresOn());
        assertThat(renewals.renewIfReady(member.id(), certification.id(), 1)).isFalse();
    }

    @Test
    void renewal_is_refused_before_the_window_opens() {
        var member = members.member("Lea Martin");
        var certification = members.award(member, "CCSP", today().minusYears(2));
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        assertThatExceptionOfType(CpdRefusedException.class)
                .isThrownBy(() -> renewals.requestRenewal(certification.id()))
                .withMessageContaining("six weeks before expiry");
    }

    @Test
    void a_designation_asking_for_an_essay_renews_only_once_an_assessor_accepts_it() {
        var member = members.member("Maya Cohen");
        var assessor = provisioning.createAccount("Nils Berg", TestAccounts.uniqueEmail("assessor"),
                TestAccounts.PASSWORD, Role.MEMBER, Role.ASSESSOR);
        var certification = members.award(member, "CCCM", today().minusYears(3).plusWeeks(2));
        meetRequirement(member, 45);
        var invoice = members.renewalInvoice(member, certification);
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

        assertThat(members.held(member, certification).cycleNumber()).isEqualTo(2);
    }

    private void meetRequirement(AccountSummary member, int required) {
        members.meetRequirement(member, required, today().minusMonths(2));
    }

    private LocalDate today() {
        return members.today();
    }
}
