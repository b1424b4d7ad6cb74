package org.guildhall.cpd;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.guildhall.certification.CertificationAwards;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.payment.PaymentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, "Tests": the payment-to-renewal event flow as a Spring Modulith scenario. The registrar's confirmation
 * of a renewal invoice commits in payment, {@code InvoicePaid} crosses to cpd after commit, and cpd renews the
 * certification in certification: the next cycle starts at the previous expiry.
 */
@IntegrationTest
@EnableScenarios
class RenewalPaymentScenarioTest {

    @Autowired RenewalService renewals;
    @Autowired CpdService cpd;
    @Autowired PaymentService payments;
    @Autowired CertificationService certifications;
    @Autowired AccountProvisioning provisioning;
    @Autowired CertificationAwards awards;
    @Autowired AutomaticCredits credits;
    @Autowired DocumentService documents;
    @Autowired Clock clock;

    @Test
    void a_paid_renewal_invoice_renews_the_certification(Scenario scenario) {
        var support = new CpdTestSupport(provisioning, awards, documents);
        var member = support.member("Ines Duarte");
        // Awarded three years less four weeks ago: the renewal window is open.
        var certification = support.award(member, "CCSP", LocalDate.now(clock).minusYears(3).plusWeeks(4));
        CpdTestSupport.meetRequirement(credits, member, 36, LocalDate.now(clock).minusMonths(1));
        TestAccounts.signInAs(member);
        var invoice = renewals.requestRenewal(certification.id());
        TestAccounts.asRegistrar();

        scenario.stimulate(() -> payments.confirmPayment(invoice.id(), "BACS 4410"))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> held(member, certification), held -> held.cycleNumber() == 2)
                .andVerify(renewed -> assertThat(renewed.cycle().startsOn())
                        .isEqualTo(certification.cycle().expiresOn()));
    }

    private CertificationSummary held(AccountSummary member, CertificationSummary certification) {
        return certifications.certificationsOf(member.id()).stream()
                .filter(held -> held.id() == certification.id()).findFirst().orElseThrow();
    }
}
