package org.guildhall.assessment;

import org.guildhall.assessment.domain.AssessorQualificationRepository;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.certification.Route;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.SampleFiles;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.MyAccountService;
import org.guildhall.identity.ProfileDetails;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioContent;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioNotFoundException;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.portfolio.PortfolioStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.guildhall.TestAccounts.signInAs;

/**
 * Issue 5 through the services on MariaDB: a portfolio submitted, a panel formed with conflict checks, blind
 * scoring, moderation, the review packet, a decision with its letter, the audit history, and who may see what.
 */
@IntegrationTest
class PanelsAndReviewIntegrationTest {

    private static final String DESIGNATION = SubmittedPortfolios.DESIGNATION;

    @Autowired PortfolioService portfolios;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired PanelService panels;
    @Autowired PanelQueues queues;
    @Autowired ReviewService reviews;
    @Autowired PanelChairService panelChair;
    @Autowired DocumentService documents;
    @Autowired AccountService accounts;
    @Autowired MyAccountService myAccount;
    @Autowired AccountProvisioning provisioning;
    @Autowired CertificationService certifications;
    @Autowired Clock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired AssessorQualificationRepository qualifications;

    private AccountSummary registrar;

    @BeforeEach
    void registrar() {
        registrar = account("Rhian Registrar", null, Role.REGISTRAR);
    }

    @Test
    void conflicts_are_shown_and_excluded_an_override_needs_a_reason_and_a_self_conflict_never_passes() {
        var candidate = account("Kofi Candidate", "Northwind Telecom", Role.MEMBER, Role.ASSESSOR);
        long portfolioId = submittedPortfolio(candidate);
        var colleague = account("Cara Colleague", "northwind telecom ltd", Role.MEMBER, Role.ASSESSOR);
        var declarer = account("Dmitri Declarer", null, Role.MEMBER, Role.ASSESSOR);
        signInAs(declarer);
        panels.declareConflict(new ConflictData(candidate.email(),
                "We worked together at Lumen Care until 2024."));
        var free1 = account("Femi Free", null, Role.MEMBER, Role.ASSESSOR);
        var free2 = account("Gwen Free", null, Role.MEMBER, Role.ASSESSOR);

        signInAs(registrar);
        Map<Long, AssessorOption> options = new HashMap<>();
        panels.options(portfolioId).forEach(option -> options.put(option.accountId(), option));
        assertThat(options.get(candidate.id()).conflicts()).extracting(Conflict::kind)
                .containsExactly(ConflictKind.SELF);
        assertThat(options.get(candidate.id()).overridable()).isFalse();
        assertThat(options.get(colleague.id()).conflicts()).extracting(Conflict::kind)
                .containsExactly(ConflictKind.SAME_EMPLOYER);
        assertThat(options.get(declarer.id()).conflicts()).extracting(Conflict::kind)
                .containsExactly(ConflictKind.DECLARED);
        assertThat(List.of(options.get(candidate.id()), options.get(colleague.id()), options.get(declarer.id())))
                .noneMatch(AssessorOption::proposed);

        var due = LocalDate.now(clock).plusDays(30);
        assertThatExceptionOfType(AssessmentRefusedException.class).isThrownBy(() -> panels.form(portfolioId,
                        List.of(colleague.id(), free1.id(), free2.id()), free1.id(), due, Map.of()))
                .withMessageContaining("Record a reason");
        assertThatExceptionOfType(AssessmentRefusedException.class).isThrownBy(() -> panels.form(portfolioId,
                        List.of(candidate.id(), free1.id(), free2.id()), free1.id(), due,
                        Map.of(candidate.id(), "Nobody else knows the field")))
                .withMessageContaining("cannot assess their own portfolio");

        long panelId = panels.form(portfolioId, List.of(colleague.id(), free1.id(), free2.id()), free1.id(), due,
                Map.of(colleague.id(), "Different division; joined after the projects in the portfolio."));
        var detail = reviews.panel(panelId);
        assertThat(detail.members()).filteredOn(m -> m.assessorAccountId() == colleague.id()).singleElement()
                .extracting(PanelDetail.Member::conflictOverride)
                .isEqualTo("Different division; joined after the projects in the portfolio.");
        assertThat(reviews.history(panelId)).extracting(AuditEntrySummary::action)
                .containsExactly("Panel formed", "Conflict overridden");
    }

    @Test
    void an_assessor_on_an_open_panel_counts_one_more_open_panel_in_the_next_proposal() {
        var first = submittedPortfolio(account("Lena Candidate", null, Role.MEMBER));
        var second = submittedPortfolio(account("Omar Candidate", null, Role.MEMBER));
        var busy = account("Bea Busy", null, Role.MEMBER, Role.ASSESSOR);
        signInAs(registrar);
        long before = optionFor(second, busy).openPanels();

        formPanel(first, busy, account("Ivo Other", null, Role.MEMBER, Role.ASSESSOR),
                account("Jo Other", null, Role.MEMBER, Role.ASSESSOR));

        signInAs(registrar);
        assertThat(optionFor(second, busy).openPanels()).isEqualTo(before + 1);
    }

    @Test
    void scores_are_blind_until_ones_own_is_in_then_the_chair_moderates_and_awards() throws IOException {
        var candidate = account("Nadia Candidate", null, Role.MEMBER);
        long portfolioId = submittedPortfolio(candidate);
        var chair = account("Chidi Chair", null, Role.MEMBER, Role.ASSESSOR);
        var second = account("Saoirse Second", null, Role.MEMBER, Role.ASSESSOR);
        var third = account("Tariq Third", null, Role.MEMBER, Role.ASSESSOR);
        long panelId = formPanel(portfolioId, chair, second, third);

        signInAs(chair);
        var draft = reviews.saveDraft(panelId, sheet(ScoreSheet.blank(), 4, Recommendation.AWARD));
        assertThat(draft.submitted()).isFalse();
        reviews.submit(panelId, draft);

        long thirdsSeat = reviews.panel(panelId).members().stream()
                .filter(m -> m.assessorAccountId() == third.id()).findFirst().orElseThrow().memberId();
        assertThatExceptionOfType(AssessmentRefusedException.class)
                .isThrownBy(() -> panelChair.remind(panelId, thirdsSeat))
                .withMessageContaining("overdue");

        signInAs(second);
        assertThat(reviews.otherScores(panelId)).as("blind until my own is submitted").isEmpty();
        assertThatExceptionOfType(AssessmentRefusedException.class)
                .isThrownBy(() -> reviews.submit(panelId, ScoreSheet.blank()))
                .withMessageContaining("Leadership: score 3 more criteria.");
        var secondScore = reviews.submit(panelId, sheet(reviews.myScore(panelId), 2, Recommendation.INTERVIEW));
        assertThat(reviews.otherScores(panelId)).extracting(AssessorScore::assessorName)
                .containsExactly("Chidi Chair");
        assertThatExceptionOfType(AssessmentRefusedException.class)
                .isThrownBy(() -> reviews.saveDraft(panelId, secondScore))
                .withMessageContaining("locked");

        signInAs(third);
        reviews.submit(panelId, sheet(ScoreSheet.blank(), 3, Recommendation.AWARD));

        signInAs(chair);
        var moderation = panelChair.moderation(panelId);
        assertThat(moderation.assessors()).containsExactly("Chidi Chair", "Saoirse Second", "Tariq Third");
        assertThat(moderation.domains()).allSatisfy(row -> {
            assertThat(row.spread()).isEqualTo(2.0);
            assertThat(row.flagged()).isTrue();
        });

        long secondsSeat = reviews.panel(panelId).members().stream()
                .filter(m -> m.assessorAccountId() == second.id()).findFirst().orElseThrow().memberId();
        panelChair.reopenScore(panelId, secondsSeat, "Second asked to revise People after the discussion.");
        signInAs(second);
        var reopened = reviews.myScore(panelId);
        assertThat(reopened.submitted()).isFalse();
        reviews.submit(panelId, sheet(reopened, 3, Recommendation.AWARD));
        assertThatExceptionOfType(AssessmentChangedConcurrentlyException.class)
                .as("a save based on the version before the last one")
                .isThrownBy(() -> reviews.saveDraft(panelId, reopened));

        signInAs(chair);
        long stale = reviews.panel(panelId).version();
        assertThat(panelChair.moderation(panelId).anyFlagged()).isFalse();
        panelChair.decide(panelId, stale, new DecisionData(PanelOutcome.AWARD, "Strong evidence in all four domains.",
                "The panel was impressed by the routing redesign.", DomainVerdict.allMet(reviews.rubric())));
        assertThatExceptionOfType(AssessmentChangedConcurrentlyException.class).isThrownBy(() -> panelChair.decide(
                panelId, stale, new DecisionData(PanelOutcome.DECLINE, "x", "y", DomainVerdict.allMet(reviews.rubric()))));

        assertThat(certifications.certificationsOf(candidate.id())).singleElement()
                .extracting(CertificationSummary::designationCode, CertificationSummary::route)
                .containsExactly(DESIGNATION, Route.EXPERIENCE);

        signInAs(candidate);
        var portfolio = portfolios.myPortfolio(portfolioId);
        assertThat(portfolio.status()).isEqualTo(PortfolioStatus.AWARDED);
        var letter = portfolio.letters().getFirst();
        String letterText;
        try (var pdf = Loader.loadPDF(documents.open(letter.documentId()).bytes().readAllBytes())) {
            letterText = new PDFTextStripper().getText(pdf);
        }
        assertThat(letterText).contains("Nadia Candidate", "awarded", "routing redesign")
                .doesNotContain("Chidi", "Saoirse", "Tariq", "Strong evidence");

        signInAs(registrar);
        assertThat(reviews.history(panelId)).extracting(AuditEntrySummary::action).containsExactly(
                "Panel formed", "Score submitted", "Score submitted", "Score submitted", "Score reopened",
                "Score submitted", "Decision: Awarded");
        assertThat(reviews.history(panelId).get(4).detail()).contains("Saoirse Second", "revise People");
        assertThat(reviews.history(panelId).get(4).actorName()).isEqualTo("Chidi Chair");
    }

    @Test
    void only_the_panel_and_registrars_open_a_portfolio_and_its_documents_and_candidates_only_their_own()
            throws IOException {
        var candidate = account("Uma Candidate", null, Role.MEMBER);
        long portfolioId = submittedPortfolio(candidate);
        var seated = account("Vic Seated", null, Role.MEMBER, Role.ASSESSOR);
        long panelId = formPanel(portfolioId, seated, account("Wes Seated", null, Role.MEMBER, Role.ASSESSOR),
                account("Xia Seated", null, Role.MEMBER, Role.ASSESSOR));
        signInAs(candidate);
        UUID evidence = portfolios.myPortfolio(portfolioId).current().content().evidence().getFirst().documentId();

        var outsider = account("Yusuf Outsider", null, Role.MEMBER, Role.ASSESSOR);
        signInAs(outsider);
        assertThatExceptionOfType(PanelNotFoundException.class).isThrownBy(() -> reviews.panel(panelId));
        assertThatExceptionOfType(PanelNotFoundException.class).isThrownBy(() -> reviews.reviewPacket(panelId, Locale.UK));
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> documents.open(evidence));

        signInAs(account("Zoe Othercandidate", null, Role.MEMBER));
        assertThatExceptionOfType(PortfolioNotFoundException.class)
                .isThrownBy(() -> portfolios.myPortfolio(portfolioId));
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> documents.open(evidence));

        signInAs(seated);
        assertThat(documents.open(evidence).document().id()).isEqualTo(evidence);
        assertThat(reviews.documents(panelId)).hasSize(4);
        try (var packet = Loader.loadPDF(reviews.reviewPacket(panelId, Locale.UK))) {
            // Cover, the 2-page evidence PDF, the PNG on its own page, and two one-page reference letters.
            assertThat(packet.getNumberOfPages()).isEqualTo(1 + 2 + 1 + 1 + 1);
        }
        signInAs(registrar);
        assertThat(documents.open(evidence).document().id()).isEqualTo(evidence);
    }

    @Test
    void a_chair_who_recuses_loses_the_portfolio_and_the_replacement_takes_the_chair() {
        var candidate = account("Efe Candidate", null, Role.MEMBER);
        long portfolioId = submittedPortfolio(candidate);
        var chair = account("Hana Chair", null, Role.MEMBER, Role.ASSESSOR);
        long panelId = formPanel(portfolioId, chair, account("Ines Panel", null, Role.MEMBER, Role.ASSESSOR),
                account("Jon Panel", null, Role.MEMBER, Role.ASSESSOR));
        signInAs(candidate);
        UUID evidence = portfolios.myPortfolio(portfolioId).current().content().evidence().getFirst().documentId();

        signInAs(chair);
        reviews.recuse(panelId, "The candidate is my sister-in-law.");
        assertThatExceptionOfType(PanelNotFoundException.class).isThrownBy(() -> reviews.panel(panelId));
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> documents.open(evidence));

        signInAs(registrar);
        var recused = reviews.panel(panelId).members().stream().filter(PanelDetail.Member::recused).findFirst()
                .orElseThrow();
        assertThat(reviews.panel(panelId).awaitsReplacement()).isTrue();
        var replacement = account("Kit Replacement", null, Role.MEMBER, Role.ASSESSOR);
        signInAs(registrar);
        panels.replace(panelId, recused.memberId(), replacement.id(), null);

        var panel = reviews.panel(panelId);
        assertThat(panel.awaitsReplacement()).isFalse();
        assertThat(panel.activeMembers()).filteredOn(PanelDetail.Member::chair).singleElement()
                .extracting(PanelDetail.Member::name).isEqualTo("Kit Replacement");
        assertThat(reviews.history(panelId)).extracting(AuditEntrySummary::action)
                .containsExactly("Panel formed", "Recused", "Assessor replaced");
        assertThatExceptionOfType(AssessmentRefusedException.class)
                .isThrownBy(() -> panels.replace(panelId, recused.memberId(),
                        account("Lou Extra", null, Role.MEMBER, Role.ASSESSOR).id(), null));
    }

    @Test
    void a_resubmission_reopens_the_portfolio_as_a_new_version_and_keeps_the_judged_one() throws IOException {
        var candidate = account("Ada Resubmitter", null, Role.MEMBER);
        long portfolioId = submittedPortfolio(candidate);
        var chair = account("Bo Chair", null, Role.MEMBER, Role.ASSESSOR);
        var others = List.of(account("Cy Panel", null, Role.MEMBER, Role.ASSESSOR),
                account("Di Panel", null, Role.MEMBER, Role.ASSESSOR));
        long panelId = formPanel(portfolioId, chair, others.get(0), others.get(1));
        for (var assessor : List.of(chair, others.get(0), others.get(1))) {
            signInAs(assessor);
            reviews.submit(panelId, sheet(ScoreSheet.blank(), 2, Recommendation.RESUBMIT));
        }
        // The candidate reads French: the letter is written in their language.
        jdbc.update("update account set language = 'fr-FR' where id = ?", candidate.id());
        signInAs(chair);
        panelChair.decide(panelId, reviews.panel(panelId).version(), new DecisionData(PanelOutcome.RESUBMIT,
                "Outcomes are asserted, not evidenced.", "Add the before-and-after CSAT figures for each project.",
                DomainVerdict.allMet(reviews.rubric()).stream().map(verdict -> verdict.domainCode().equals("PEOPLE")
                        ? new DomainVerdict("PEOPLE", DomainResult.NOT_YET_MET, "Evidence how you coach team leaders.")
                        : verdict).toList()));

        signInAs(candidate);
        var reopened = portfolios.myPortfolio(portfolioId);
        assertThat(reopened.status()).isEqualTo(PortfolioStatus.RESUBMISSION_REQUESTED);
        assertThat(reopened.guidance()).isEqualTo("Add the before-and-after CSAT figures for each project.");
        String letterText;
        try (var pdf = Loader.loadPDF(documents.open(reopened.letters().getFirst().documentId()).bytes()
                .readAllBytes())) {
            letterText = new PDFTextStripper().getText(pdf);
        }
        assertThat(letterText).as("issue 20: the outcome per domain, in the candidate's language")
                .contains("Résultat par domaine de compétence", "Personnes", "Pas encore atteint",
                        "Evidence how you coach team leaders.", "Leadership", "Atteint")
                .doesNotContain("Bo Chair", "Cy Panel", "Di Panel", "asserted, not evidenced");
        assertThat(reopened.current().number()).isEqualTo(2);
        assertThat(reopened.current().submittedAt()).isNull();
        assertThat(reopened.earlier()).singleElement().satisfies(first -> {
            assertThat(first.number()).isEqualTo(1);
            assertThat(first.submittedAt()).isNotNull();
        });
        var revised = new PortfolioContent(List.of(SubmittedPortfolios.project("Routing redesign, with CSAT 71 to 83"),
                SubmittedPortfolios.project("Complaints desk")), reopened.current().content().evidence(),
                reopened.current().content().references());
        var saved = portfolios.saveDraft(portfolioId, reopened.version(), revised);
        assertThatExceptionOfType(org.guildhall.portfolio.PortfolioChangedConcurrentlyException.class)
                .isThrownBy(() -> portfolios.saveDraft(portfolioId, reopened.version(), revised));
        portfolios.submit(portfolioId, saved.version());
        var resubmitted = portfolios.myPortfolio(portfolioId);
        assertThat(resubmitted.earlier().getFirst().content().projects().getFirst().title())
                .as("the judged version is unchanged").isEqualTo("Routing redesign");

        signInAs(registrar);
        assertThat(queues.waitingForPanel(org.springframework.data.domain.Pageable.unpaged())).anySatisfy(p -> {
            assertThat(p.portfolioId()).isEqualTo(portfolioId);
            assertThat(p.version()).isEqualTo(2);
        });
    }

    private AssessorOption optionFor(long portfolioId, AccountSummary assessor) {
        return panels.options(portfolioId).stream().filter(o -> o.accountId() == assessor.id()).findFirst()
                .orElseThrow();
    }

    private long formPanel(long portfolioId, AccountSummary chair, AccountSummary second, AccountSummary third) {
        signInAs(registrar);
        return panels.form(portfolioId, List.of(chair.id(), second.id(), third.id()), chair.id(),
                LocalDate.now(clock).plusDays(30), Map.of());
    }

    /** A complete sheet: every criterion scored {@code points}, a comment per domain. */
    private ScoreSheet sheet(ScoreSheet base, int points, Recommendation recommendation) {
        Map<Long, Integer> scored = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        reviews.rubric().domains().forEach(domain -> {
            domain.criteria().forEach(c -> scored.put(c.id(), points));
            comments.put(domain.code(), "Scored " + points + " on the evidence given.");
        });
        return base.with(new ScoreData(scored, comments, recommendation));
    }

    private long submittedPortfolio(AccountSummary candidate) {
        return new SubmittedPortfolios(portfolios, lifecycle, documents).submittedBy(candidate);
    }

    private AccountSummary account(String name, @Nullable String employer, Role... roles) {
        var account = provisioning.createAccount(name, TestAccounts.uniqueEmail(name.split(" ")[0].toLowerCase()),
                TestAccounts.PASSWORD, roles);
        if (java.util.Arrays.asList(roles).contains(Role.ASSESSOR)) {
            QualifiedAssessors.qualify(qualifications, DESIGNATION, account);
        }
        if (employer != null) {
            signInAs(account);
            myAccount.updateCurrentProfile(new ProfileDetails(name, null, null, employer, null));
        }
        return account;
    }
}
