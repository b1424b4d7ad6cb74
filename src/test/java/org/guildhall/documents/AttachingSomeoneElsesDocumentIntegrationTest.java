package org.guildhall.documents;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.EligibilityService;
import org.guildhall.certification.ExamCourse;
import org.guildhall.certification.Route;
import org.guildhall.cpd.CpdActivityData;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdRefusedException;
import org.guildhall.cpd.CpdService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.membership.ApplicationNotAllowedException;
import org.guildhall.membership.EligibilityAnswers;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipService;
import org.guildhall.membership.StudyMode;
import org.guildhall.portfolio.Evidence;
import org.guildhall.portfolio.PortfolioContent;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioRefusedException;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.portfolio.Reference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 11: every service that attaches documents to what someone submits takes only documents that person
 * uploaded. The victim's document is even granted to the attacker for reading (as an assessor's or registrar's
 * would be), because being allowed to read a file does not make it one's own evidence.
 */
@IntegrationTest
class AttachingSomeoneElsesDocumentIntegrationTest {

    private static final EligibilityAnswers FOREIGN_LICENSEE = new EligibilityAnswers(StudyMode.NOT_STUDYING,
            false, false, false, false, true, false, false, Set.of());

    @Autowired DocumentService documents;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired TestDocumentGrants grants;
    @Autowired MembershipService memberships;
    @Autowired PortfolioService portfolios;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired CpdService cpd;
    @Autowired EligibilityService eligibility;
    @Autowired CertificationAwards awards;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private DocumentReference victims;
    private UUID victimsDocument;

    @BeforeEach
    void aDocumentOfSomeoneElse() {
        var victim = provisioning.createAccount("Vic Tim", TestAccounts.uniqueEmail("victim"), TestAccounts.PASSWORD,
                Role.MEMBER);
        TestAccounts.signInAs(victim.email(), Role.MEMBER);
        byte[] pdf = SampleFiles.pdf();
        victims = documents.store(victim.id(), "licence.pdf", new ByteArrayInputStream(pdf), pdf.length);
        victimsDocument = victims.id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_membership_application_refuses_another_persons_document() {
        var applicant = accounts.register("Ann Applicant", TestAccounts.uniqueEmail("applicant"),
                TestAccounts.PASSWORD).orElseThrow();
        signInReadingVictimsDocument(applicant, Role.APPLICANT);
        memberships.saveDraft(FOREIGN_LICENSEE, MembershipCategory.ASSOCIATE);

        assertThatExceptionOfType(ApplicationNotAllowedException.class)
                .isThrownBy(() -> memberships.attachDocuments(List.of(victimsDocument)))
                .withMessage("Only files you uploaded yourself can support your application.");
        assertThat(memberships.currentApplication().orElseThrow().documentIds()).isEmpty();
    }

    @Test
    void a_portfolio_refuses_another_persons_document_as_evidence_or_reference_letter() {
        var candidate = member("Cara Candidate");
        long portfolioId = lifecycle.open(candidate.id(), "CCSM");
        signInReadingVictimsDocument(candidate, Role.MEMBER);
        long version = portfolios.myPortfolio(portfolioId).version();

        var borrowedEvidence = new PortfolioContent(List.of(), List.of(new Evidence(victimsDocument, "CSAT report")),
                List.of());
        var borrowedLetter = new PortfolioContent(List.of(), List.of(),
                List.of(new Reference("Grace Lindqvist", "grace@example.org", "Manager", victimsDocument)));

        assertThatExceptionOfType(PortfolioRefusedException.class)
                .isThrownBy(() -> portfolios.saveDraft(portfolioId, version, borrowedEvidence))
                .withMessageContaining("files you uploaded yourself");
        assertThatExceptionOfType(PortfolioRefusedException.class)
                .isThrownBy(() -> portfolios.saveDraft(portfolioId, version, borrowedLetter));
        assertThat(portfolios.myPortfolio(portfolioId).current().content().documentIds()).isEmpty();
    }

    @Test
    void cpd_evidence_refuses_another_persons_document_the_member_may_read() {
        var member = member("Mo Member");
        LocalDate today = LocalDate.now(clock);
        awards.award(member.id(), "CCSP", Route.EXAM, today.minusYears(1));
        signInReadingVictimsDocument(member, Role.MEMBER);
        assertThat(documents.find(victimsDocument)).as("the member may read it").isPresent();

        var form = new CpdActivityData(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", "Borrowed", "Academy",
                today.minusDays(2), today.minusDays(2), new BigDecimal("2"),
                BigDecimal.ZERO, null, null, false, List.of(victimsDocument));
        assertThatExceptionOfType(CpdRefusedException.class)
                .isThrownBy(() -> cpd.saveDraft(null, form))
                .withMessageContaining("files you uploaded yourself");
        assertThat(jdbc.queryForObject("select count(*) from cpd_activity where account_id = ?", Integer.class,
                member.id())).isZero();
    }

    @Test
    void a_course_certificate_refuses_another_persons_document_the_candidate_may_read() {
        var candidate = member("Cy Candidate");
        signInReadingVictimsDocument(candidate, Role.MEMBER);
        assertThat(documents.find(victimsDocument)).as("the candidate may read it").isPresent();
        String course = eligibility.courses().stream().map(ExamCourse::code).findFirst().orElseThrow();

        assertThatExceptionOfType(CertificationRefusedException.class)
                .isThrownBy(() -> eligibility.setCourseCertificates(course, List.of(victimsDocument)))
                .withMessage("Only documents you uploaded can be your course certificates.");
    }

    private AccountSummary member(String name) {
        return TestAccounts.account(provisioning, name, Role.MEMBER);
    }

    /** Signs the attacker in, allowed to read the victim's document as a module's grant would allow. */
    private void signInReadingVictimsDocument(AccountSummary attacker, Role role) {
        grants.grant(victims, attacker.email());
        TestAccounts.signInAs(attacker.email(), role);
    }
}
