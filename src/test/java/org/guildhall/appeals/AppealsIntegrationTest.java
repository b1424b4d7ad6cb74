package org.guildhall.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.guildhall.TestAccounts.signInAs;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.StatementCounter;
import org.guildhall.assessment.AuditEntrySummary;
import org.guildhall.assessment.PanelChairService;
import org.guildhall.assessment.PanelService;
import org.guildhall.assessment.ReviewService;
import org.guildhall.assessment.SubmittedPortfolios;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationStandingService;
import org.guildhall.certification.CertificationStatus;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.certification.Route;
import org.guildhall.certification.StandingData;
import org.guildhall.certification.StandingReason;
import org.guildhall.cpd.CpdActivityStatus;
import org.guildhall.cpd.CpdReviewService;
import org.guildhall.cpd.CpdService;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.SampleFiles;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.MyAccountService;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.portfolio.PortfolioStatus;
import org.guildhall.shared.FieldProblem;
import org.guildhall.assessment.domain.AssessorQualificationRepository;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 20's appeals on MariaDB: an upheld appeal that replaces a panel's decision by an award, heard by a panel
 * without the deciders and the conflicted; a dismissed CPD appeal; a revocation withdrawn on appeal; a second
 * appeal of one decision refused; the window of the appeal-days setting at its last day and the day after.
 */
@IntegrationTest
class AppealsIntegrationTest {

    @Autowired AppealService appeals;
    @Autowired AppealDesk desk;
    @Autowired PanelService panels;
    @Autowired ReviewService reviews;
    @Autowired PanelChairService panelChair;
    @Autowired PortfolioService portfolios;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired DocumentService documents;
    @Autowired AccountProvisioning provisioning;
    @Autowired AssessorQualificationRepository qualifications;
    @Autowired MyAccountService myAccount;
    @Autowired CertificationService certifications;
    @Autowired CertificationAwards awards;
    @Autowired CertificationStandingService standing;
    @Autowired CpdService cpd;
    @Autowired CpdReviewService cpdReview;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    private AccountSummary registrar;

    @BeforeEach
    void registrar() {
        registrar = account("Rosa Registrar", null, Role.REGISTRAR);
    }

    @Test
    void an_upheld_appeal_replaces_a_declined_portfolio_by_an_award_heard_without_the_deciders_or_the_conflicted() {
        var candidate = account("Kemi Candidate", "Harbour Energy", Role.MEMBER);
        var deciders = List.of(account("Dara Chair", null, Role.MEMBER, Role.ASSESSOR),
                account("Eli Second", null, Role.MEMBER, Role.ASSESSOR),
                account("Fay Third", null, Role.MEMBER, Role.ASSESSOR));
        long panelId = declinedPanel(candidate, deciders);
        var colleague = account("Gil Colleague", "Harbour Energy Ltd", Role.MEMBER, Role.ASSESSOR);
        var hearing = account("Hana Hearing", null, Role.MEMBER, Role.ASSESSOR);
        var other = account("Ivan Other", null, Role.MEMBER, Role.ASSESSOR);

        signInAs(candidate);
        var decision = appealableOf(AppealKind.PANEL_DECISION, panelId);
        assertThat(decision.lastDay()).isEqualTo(today().plusDays(30));
        var grounds = documents.store(candidate.id(), "grounds.pdf", new ByteArrayInputStream(SampleFiles.pdf()), -1);
        long appealId = appeals.lodge(new AppealData(decision,
                "The panel did not read the Operations evidence in my second project.", List.of(grounds.id())));

        signInAs(registrar);
        Map<Long, AppealPanelOption> options = new HashMap<>();
        desk.panelOptions(appealId).forEach(option -> options.put(option.accountId(), option));
        // A decider is left out for the decision itself, and the conflict rules also name the earlier panel.
        deciders.forEach(decider -> assertThat(options.get(decider.id()).exclusions())
                .extracting(text -> text.english()).first().isEqualTo("took part in the decision appealed"));
        deciders.forEach(decider -> assertThat(options.get(decider.id()).exclusions())
                .extracting(text -> text.english()).anySatisfy(reason -> assertThat(reason)
                        .startsWith("Judged the candidate before")));
        assertThat(options.get(colleague.id()).exclusions()).extracting(text -> text.english())
                .singleElement().asString().contains("Harbour Energy");
        assertThat(options.get(hearing.id()).eligible()).isTrue();
        assertThatExceptionOfType(AppealRefusedException.class)
                .isThrownBy(() -> desk.formPanel(appealId, new AppealPanelChoice(
                        List.of(deciders.getFirst().id(), hearing.id()), hearing.id())))
                .satisfies(refused -> assertThat(refused.fieldProblems()).extracting(FieldProblem::field)
                        .containsExactly(AppealPanelChoice.ASSESSORS))
                .withMessageContaining("Dara Chair may not hear this appeal");
        desk.formPanel(appealId, new AppealPanelChoice(List.of(hearing.id(), other.id()), hearing.id()));

        signInAs(other);
        var file = desk.appeal(appealId);
        assertThat(file.grounds()).contains("Operations evidence");
        assertThat(file.file()).extracting(text -> text.english()).anyMatch(line -> line.contains("Declined"));
        assertThat(file.documents()).extracting(d -> d.id()).contains(grounds.id());
        assertThat(file.mayDecide()).as("only the chair decides").isFalse();

        signInAs(hearing);
        desk.decide(appealId, desk.appeal(appealId).version(), new AppealDecisionData(AppealOutcome.UPHELD,
                "The Operations evidence meets the standard; the panel overlooked it."));

        assertThat(certifications.certificationsOf(candidate.id())).singleElement()
                .extracting(CertificationSummary::designationCode, CertificationSummary::route)
                .containsExactly(SubmittedPortfolios.DESIGNATION, Route.EXPERIENCE);
        signInAs(registrar);
        assertThat(reviews.history(panelId)).extracting(AuditEntrySummary::action)
                .contains("Decision replaced on appeal");
        assertThat(desk.appeal(appealId).history()).extracting(AppealHistoryEntry::action)
                .containsExactly("Appeal lodged", "Appeal panel formed", "Appeal decided: Upheld", "Decision replaced");
        signInAs(candidate);
        assertThat(portfolios.myPortfolio(decidedPortfolioOf(candidate)).status()).isEqualTo(PortfolioStatus.AWARDED);
        assertThat(appeals.myAppeals()).singleElement().extracting(AppealSummary::outcome)
                .isEqualTo(AppealOutcome.UPHELD);
        awaitEmail(candidate, "Your appeal: Upheld");
    }

    @Test
    void a_dismissed_cpd_appeal_leaves_the_rejection_standing_and_the_member_is_told_in_french() {
        var member = account("Lou Membre", null, Role.MEMBER);
        signInAs(member);
        myAccount.chooseCurrentLanguage(java.util.Locale.FRANCE);
        var reviewer = account("Sam Reviewer", null, Role.REGISTRAR, Role.ASSESSOR);
        long activityId = rejectedActivity(member, reviewer);

        signInAs(member);
        long appealId = appeals.lodge(new AppealData(appealableOf(AppealKind.CPD_REJECTION, activityId),
                "The webinar was educational, not marketing.", List.of()));
        var hearing = account("Mo Hearing", null, Role.MEMBER, Role.ASSESSOR);
        signInAs(registrar);
        assertThat(desk.panelOptions(appealId)).filteredOn(o -> o.accountId() == reviewer.id()).singleElement()
                .extracting(o -> o.exclusions().getFirst().english()).isEqualTo("took part in the decision appealed");
        desk.formPanel(appealId, new AppealPanelChoice(List.of(hearing.id()), hearing.id()));

        signInAs(hearing);
        assertThatExceptionOfType(AppealRefusedException.class)
                .isThrownBy(() -> desk.decide(appealId, desk.appeal(appealId).version(),
                        new AppealDecisionData(null, " ")))
                .satisfies(refused -> assertThat(refused.fieldProblems()).extracting(FieldProblem::field)
                        .containsExactly(AppealDecisionData.OUTCOME, AppealDecisionData.REASONS));
        desk.decide(appealId, desk.appeal(appealId).version(), new AppealDecisionData(AppealOutcome.DISMISSED,
                "The recording shows a product demonstration throughout."));

        signInAs(member);
        assertThat(cpd.myActivities()).filteredOn(a -> a.id() == activityId).singleElement()
                .extracting(a -> a.status()).isEqualTo(CpdActivityStatus.REJECTED);
        awaitEmail(member, "Votre recours : Rejeté");
    }

    @Test
    void an_upheld_appeal_against_a_revocation_lets_the_certification_stand_again() {
        var holder = account("Noor Holder", null, Role.MEMBER);
        var certification = awards.award(holder.id(), "CCSP", Route.EXAM, today().minusYears(1));
        signInAs(registrar);
        standing.revoke(certification.id(), new StandingData(StandingReason.ISSUED_IN_ERROR,
                "Exam result recorded against the wrong candidate.", null));

        signInAs(holder);
        long appealId = appeals.lodge(new AppealData(appealableOf(AppealKind.REVOCATION, certification.id()),
                "My own result was a pass; the registrar mixed up two candidates.", List.of()));
        var hearing = account("Ola Hearing", null, Role.MEMBER, Role.ASSESSOR);
        signInAs(registrar);
        desk.formPanel(appealId, new AppealPanelChoice(List.of(hearing.id()), hearing.id()));
        signInAs(hearing);
        desk.decide(appealId, desk.appeal(appealId).version(), new AppealDecisionData(AppealOutcome.UPHELD,
                "The sitting's records show the holder passed."));

        assertThat(certifications.certificationsOf(holder.id())).singleElement()
                .extracting(CertificationSummary::status).isEqualTo(CertificationStatus.ACTIVE);
        signInAs(registrar);
        assertThat(standing.history(certification.id())).extracting(entry -> entry.action())
                .contains(org.guildhall.certification.CertificationAction.REINSTATED);
    }

    @Test
    void a_decision_may_be_appealed_once() {
        var member = account("Pia Twice", null, Role.MEMBER);
        long activityId = rejectedActivity(member);
        signInAs(member);
        var decision = appealableOf(AppealKind.CPD_REJECTION, activityId);
        appeals.lodge(new AppealData(decision, "First appeal.", List.of()));

        assertThat(appeals.appealable()).noneMatch(d -> d.decisionId() == activityId);
        assertThatExceptionOfType(AppealRefusedException.class)
                .isThrownBy(() -> appeals.lodge(new AppealData(decision, "Second appeal.", List.of())))
                .satisfies(refused -> assertThat(refused.fieldProblems()).extracting(FieldProblem::field)
                        .containsExactly(AppealData.DECISION))
                .withMessageContaining("may be appealed once");
    }

    @Test
    void the_window_is_the_settings_days_after_the_decision_up_to_and_including_the_last_day() {
        var early = account("Quinn Early", null, Role.MEMBER);
        long onTime = rejectedActivity(early);
        var late = account("Ravi Late", null, Role.MEMBER);
        long tooLate = rejectedActivity(late);

        clock.advance(Duration.ofDays(30));
        signInAs(early);
        appeals.lodge(new AppealData(appealableOf(AppealKind.CPD_REJECTION, onTime), "On the last day.", List.of()));

        clock.advance(Duration.ofDays(1));
        signInAs(late);
        assertThat(appeals.appealable()).noneMatch(d -> d.decisionId() == tooLate);
        var closed = new AppealableDecision(AppealKind.CPD_REJECTION, tooLate,
                org.guildhall.shared.Text.of("appeals.kind.cpd-rejection"), today(), today());
        assertThatExceptionOfType(AppealRefusedException.class)
                .isThrownBy(() -> appeals.lodge(new AppealData(closed, "A day late.", List.of())))
                .withMessageContaining("The 30 days to appeal this decision ended on");
    }

    @Test
    void listing_the_appeal_panel_options_costs_the_same_statements_for_one_assessor_more_or_ten() {
        var member = account("Uma Options", "Northwind Rail", Role.MEMBER);
        long activityId = rejectedActivity(member);
        signInAs(member);
        long appealId = appeals.lodge(new AppealData(appealableOf(AppealKind.CPD_REJECTION, activityId),
                "Counted statements.", List.of()));
        account("Vic Pool 0", "Northwind Rail", Role.MEMBER, Role.ASSESSOR);
        signInAs(registrar);
        var few = StatementCounter.count(() -> desk.panelOptions(appealId)).statements();

        for (int i = 1; i <= 9; i++) {
            account("Vic Pool " + i, "Pool Employer " + i, Role.MEMBER, Role.ASSESSOR);
        }
        signInAs(registrar);
        var many = StatementCounter.count(() -> desk.panelOptions(appealId)).statements();

        assertThat(many.total()).as("one batch for the pool, the candidate read once; sent: %s", many.shapes())
                .isEqualTo(few.total());
    }

    private AppealableDecision appealableOf(AppealKind kind, long decisionId) {
        return appeals.appealable().stream().filter(d -> d.kind() == kind && d.decisionId() == decisionId)
                .findFirst().orElseThrow();
    }

    private long rejectedActivity(AccountSummary member) {
        return rejectedActivity(member, registrar);
    }

    /** A CPD activity the reviewer (a registrar) rejected today. */
    private long rejectedActivity(AccountSummary member, AccountSummary reviewer) {
        return new RejectedActivities(awards, documents, cpd, cpdReview, clock).rejected(member, reviewer);
    }

    private long declinedPanel(AccountSummary candidate, List<AccountSummary> deciders) {
        return fixtures().declined(candidate, deciders, registrar);
    }

    private long decidedPortfolioOf(AccountSummary candidate) {
        return jdbc.queryForObject("select id from portfolio where candidate_account_id = ?", Long.class,
                candidate.id());
    }

    private void awaitEmail(AccountSummary to, String subject) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForList(
                "select subject from outbound_email where recipient = ?", String.class, to.email()).contains(subject));
    }

    private AccountSummary account(String name, @Nullable String employer, Role... roles) {
        return fixtures().account(name, employer, roles);
    }

    private DeclinedPanels fixtures() {
        return new DeclinedPanels(provisioning, qualifications, myAccount, portfolios, lifecycle, documents, panels,
                reviews, panelChair, clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

}
