package org.guildhall.certification;

import java.time.Duration;
import java.time.LocalDate;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.RunAs;
import org.guildhall.payment.PaymentPurpose;
import org.guildhall.payment.PaymentService;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.portfolio.PortfolioStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, "Tests": the event flows out of and into certification as Spring Modulith scenarios (the paid renewal
 * is {@code cpd.RenewalPaymentScenarioTest}). Each stimulus commits in one module; the listener in the other runs
 * after commit, in its own transaction.
 */
@IntegrationTest
@EnableScenarios
class ModuleEventScenariosTest {

    @Autowired ExamService exams;
    @Autowired EligibilityService eligibility;
    @Autowired PaymentService payments;
    @Autowired PortfolioService portfolios;
    @Autowired DocumentService documents;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MutableClock clock;

    @Test
    void a_paid_exam_fee_makes_the_enrolment_ready_to_book(Scenario scenario) {
        var candidate = ExamCandidates.eligibleCandidate(provisioning, eligibility, documents, clock, "Ngozi Adeyemi");
        var enrolment = exams.enrol(new ExamEnrolmentData("CCES"));
        var invoice = payments.invoiceFor(PaymentPurpose.EXAM_ENROLMENT, enrolment.invoiceSubject()).orElseThrow();
        TestAccounts.ensure(accounts, provisioning);
        TestAccounts.asRegistrar();

        scenario.stimulate(() -> payments.confirmPayment(invoice.id(), "BACS 7731"))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(
                        () -> RunAs.call(candidate.email(), candidate.roles(), () -> statusOf(enrolment.id())),
                        status -> status == EnrolmentStatus.READY_TO_BOOK)
                .andVerify(status -> assertThat(status).isEqualTo(EnrolmentStatus.READY_TO_BOOK));
    }

    @Test
    void opening_the_experience_route_opens_the_candidates_portfolio(Scenario scenario) {
        var candidate = ExamCandidates.member(provisioning, "Oluwaseun Bello");
        eligibility.addWorkPeriod("Lumen Care", "Head of Customer Care", LocalDate.now(clock).minusYears(5),
                LocalDate.now(clock).minusDays(1), ExperienceKind.MANAGEMENT_OR_CRM, "Ran a 40-seat care line.");

        scenario.stimulate(() -> eligibility.openExperienceRoute("CCSM"))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(
                        () -> RunAs.call(candidate.email(), candidate.roles(), portfolios::myPortfolios),
                        opened -> !opened.isEmpty())
                .andVerify(opened -> assertThat(opened).singleElement().satisfies(portfolio -> {
                    assertThat(portfolio.designationCode()).isEqualTo("CCSM");
                    assertThat(portfolio.status()).isEqualTo(PortfolioStatus.DRAFT);
                }));
    }

    private EnrolmentStatus statusOf(long enrolmentId) {
        return exams.myEnrolments().stream().filter(found -> found.id() == enrolmentId).findFirst().orElseThrow()
                .status();
    }
}
