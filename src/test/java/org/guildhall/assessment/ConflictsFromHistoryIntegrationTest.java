package org.guildhall.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.assessment.domain.AssessorQualificationRepository;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.EligibilityService;
import org.guildhall.certification.ExperienceKind;
import org.guildhall.certification.Route;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.documents.DocumentService;
import org.guildhall.events.EventDetails;
import org.guildhall.events.EventKind;
import org.guildhall.events.EventService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.settings.Settings;
import org.guildhall.settings.TestSettings;
import org.guildhall.shared.FieldProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.guildhall.TestAccounts.signInAs;

/**
 * Issue 20 on MariaDB: conflicts found from other modules' records (work history, portfolio referees, events
 * presented together, earlier panels), each with its reason, in panel forming and in the registrar's stand-alone
 * check; and only qualified assessors are seated.
 */
@IntegrationTest
class ConflictsFromHistoryIntegrationTest {

    @Autowired PortfolioService portfolios;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired DocumentService documents;
    @Autowired PanelService panels;
    @Autowired AssessorQualificationService screening;
    @Autowired AssessorQualificationRepository qualifications;
    @Autowired EligibilityService eligibility;
    @Autowired EventService events;
    @Autowired CertificationAwards awards;
    @Autowired AccountProvisioning provisioning;
    @Autowired Settings settings;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    private AccountSummary registrar;
    private AccountSummary candidate;
    private long portfolioId;

    @BeforeEach
    void a_candidate_with_a_work_history_and_a_submitted_portfolio() {
        registrar = TestAccounts.account(provisioning, "Rhian Registrar", Role.REGISTRAR);
        candidate = TestAccounts.account(provisioning, "Kofi Candidate", Role.MEMBER);
        signInAs(candidate);
        eligibility.addWorkPeriod("Lumen Care Ltd", "Head of Care", today().minusYears(8), today().minusYears(2),
                ExperienceKind.MANAGEMENT_OR_CRM, "Ran a 40-seat care line.");
        portfolioId = new SubmittedPortfolios(portfolios, lifecycle, documents).submittedBy(candidate);
    }

    @AfterEach
    void restoreSettings() {
        TestSettings.restore(jdbc, settings, AssessmentSettings.EMPLOYER_CONFLICT_YEARS);
    }

    @Test
    void each_conflict_from_the_records_is_shown_with_its_reason_when_forming_a_panel() {
        var exColleague = qualified("Ama Colleague");
        signInAs(exColleague);
        eligibility.addWorkPeriod("Lumen Care", "Team leader", today().minusYears(6), today().minusYears(1),
                ExperienceKind.MANAGEMENT_OR_CRM, "Led the night shift.");
        // SubmittedPortfolios names Grace Lindqvist as a referee.
        var referee = qualified("Grace Lindqvist");
        var coPresenter = qualified("Cai Presenter");
        signInAs(registrar);
        var start = LocalDateTime.of(today().plusDays(20), LocalTime.of(18, 0));
        events.publish(new EventDetails(EventKind.SEMINAR, "Queues that listen", "Talk.", start, start.plusHours(2),
                ZoneId.of("Europe/London"), "Institute Library", null, 40, BigDecimal.ZERO, BigDecimal.TEN,
                CpdCategory.CONTINUING_EDUCATION, BigDecimal.ONE, 5, null, Set.of(candidate.id(), coPresenter.id())));

        var options = optionsById();
        assertThat(options.get(exColleague.id()).conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.kind()).isEqualTo(ConflictKind.SAME_EMPLOYER);
            assertThat(conflict.detail().english())
                    .startsWith("Both worked for Lumen Care Ltd within the last 3 years (together there until");
        });
        assertThat(options.get(referee.id()).conflicts()).extracting(Conflict::kind)
                .containsExactly(ConflictKind.REFEREE);
        assertThat(options.get(referee.id()).conflicts().getFirst().detail().english())
                .contains("Former head of operations");
        assertThat(options.get(coPresenter.id()).conflicts()).extracting(Conflict::kind)
                .containsExactly(ConflictKind.CO_PRESENTER);
        assertThat(options.get(coPresenter.id()).conflicts().getFirst().detail().english())
                .contains("Queues that listen");
        assertThat(List.of(exColleague, referee, coPresenter))
                .noneMatch(a -> options.get(a.id()).proposed());

        TestSettings.override(jdbc, settings, AssessmentSettings.EMPLOYER_CONFLICT_YEARS, 1);
        assertThat(optionsById().get(exColleague.id()).conflicts()).as("the setting shortens the window").isEmpty();
    }

    @Test
    void the_stand_alone_check_names_an_earlier_panel_and_says_what_the_assessor_may_judge() {
        var seated = List.of(qualified("Bo One"), qualified("Cy Two"), qualified("Di Three"));
        signInAs(registrar);
        panels.form(portfolioId, seated.stream().map(AccountSummary::id).toList(), seated.getFirst().id(),
                today().plusDays(30), Map.of());

        var check = screening.check(seated.getFirst().id(), candidate.id());
        assertThat(check.conflicts()).extracting(Conflict::kind).containsExactly(ConflictKind.EARLIER_PANEL);
        assertThat(check.conflicts().getFirst().detail().english()).contains("CCSM",
                "no conflict when that panel reassesses its resubmission");
        assertThat(check.qualifications()).singleElement().satisfies(q -> {
            assertThat(q.designationCode()).isEqualTo("CCSM");
            assertThat(q.qualifiedBy().english()).isEqualTo("Qualified for CCSM by the registrar.");
        });

        var stranger = TestAccounts.account(provisioning, "Eli Stranger", Role.MEMBER, Role.ASSESSOR);
        var clear = screening.check(stranger.id(), candidate.id());
        assertThat(clear.conflicts()).isEmpty();
        assertThat(clear.qualifications()).singleElement().extracting(ConflictCheck.Qualification::qualifiedBy)
                .isNull();

        signInAs(candidate);
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> screening.check(stranger.id(), candidate.id()));
    }

    @Test
    void an_unqualified_assessor_is_not_proposed_and_cannot_be_seated_until_qualified_or_holding_the_designation() {
        var unqualified = TestAccounts.account(provisioning, "Una Unqualified", Role.MEMBER, Role.ASSESSOR);
        var holder = TestAccounts.account(provisioning, "Hal Holder", Role.MEMBER, Role.ASSESSOR);
        awards.award(holder.id(), "CCSM", Route.EXAM, today().minusYears(1));
        var others = List.of(qualified("Fay Other"), qualified("Gus Other"));
        signInAs(registrar);
        var options = optionsById();
        assertThat(options.get(unqualified.id()).qualified()).isFalse();
        assertThat(options.get(unqualified.id()).proposed()).isFalse();
        assertThat(options.get(holder.id()).qualifiedBy().english()).isEqualTo("Holds CCSM.");

        var seats = List.of(unqualified.id(), others.get(0).id(), others.get(1).id());
        assertThatExceptionOfType(AssessmentRefusedException.class)
                .isThrownBy(() -> panels.form(portfolioId, seats, others.get(0).id(), today().plusDays(30), Map.of()))
                .withMessage("Una Unqualified is not qualified to judge CCSM. The registrar may qualify them under"
                        + " Qualified assessors.");

        assertThatExceptionOfType(AssessmentRefusedException.class)
                .isThrownBy(() -> screening.qualify(new QualificationData(unqualified.id(), "CCSM", " ")))
                .satisfies(refused -> assertThat(refused.fieldProblems()).extracting(FieldProblem::field)
                        .containsExactly(QualificationData.NOTE));
        screening.qualify(new QualificationData(unqualified.id(), "CCSM", "Chaired CCSM panels at a sister body."));
        assertThat(screening.qualifications()).filteredOn(q -> q.assessorName().equals("Una Unqualified"))
                .singleElement().satisfies(q -> {
            assertThat(q.designationCode()).isEqualTo("CCSM");
            assertThat(q.qualifiedByName()).isEqualTo("Rhian Registrar");
            assertThat(q.qualifiedAt()).isEqualTo(clock.instant());
        });
        assertThat(panels.form(portfolioId, seats, others.get(0).id(), today().plusDays(30), Map.of())).isPositive();
    }

    private Map<Long, AssessorOption> optionsById() {
        var byId = new java.util.HashMap<Long, AssessorOption>();
        panels.options(portfolioId).forEach(option -> byId.put(option.accountId(), option));
        return byId;
    }

    private AccountSummary qualified(String name) {
        var assessor = TestAccounts.account(provisioning, name, Role.MEMBER, Role.ASSESSOR);
        QualifiedAssessors.qualify(qualifications, SubmittedPortfolios.DESIGNATION, assessor);
        return assessor;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
