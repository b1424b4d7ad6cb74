package org.guildhall.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.TestAccounts.signInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.assessment.PanelChairService;
import org.guildhall.assessment.PanelService;
import org.guildhall.assessment.ReviewService;
import org.guildhall.assessment.domain.AssessorQualificationRepository;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.MyAccountService;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.platform.Languages;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.shared.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 20 over HTTP through the real security filters: the appeal panel hearing a panel's decision reads the
 * original file (the portfolio's documents and the decision letter), an assessor on neither panel does not, the
 * appellant reads their own; and after an upheld appeal the candidate's decision letter carries the award on appeal.
 */
@IntegrationTest
class AppealFileHttpTest {

    @Autowired WebApplicationContext context;
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
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    private static final String REASONS = "The Operations evidence in the second project meets the standard.";

    private MockMvc http;
    private AccountSummary candidate;
    private AccountSummary hearing;
    private long panelId;
    private long appealId;

    @BeforeEach
    void aDeclinedPortfolioAppealedBeforeAnAppealPanel() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var fixtures = new DeclinedPanels(provisioning, qualifications, myAccount, portfolios, lifecycle, documents,
                panels, reviews, panelChair, clock);
        var registrar = fixtures.account("Rhea Registrar", null, Role.REGISTRAR);
        candidate = fixtures.account("Cleo Candidate", null, Role.MEMBER);
        panelId = fixtures.declined(candidate, List.of(fixtures.account("Dov Chair", null, Role.MEMBER, Role.ASSESSOR),
                fixtures.account("Edda Second", null, Role.MEMBER, Role.ASSESSOR),
                fixtures.account("Finn Third", null, Role.MEMBER, Role.ASSESSOR)), registrar);
        hearing = fixtures.account("Gaia Hearing", null, Role.MEMBER, Role.ASSESSOR);

        signInAs(candidate);
        var decision = appeals.appealable().stream().filter(d -> d.decisionId() == panelId).findFirst().orElseThrow();
        appealId = appeals.lodge(new AppealData(decision, "The panel overlooked my Operations evidence.", List.of()));
        signInAs(registrar);
        desk.formPanel(appealId, new AppealPanelChoice(List.of(hearing.id()), hearing.id()));
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_appeal_panel_reads_the_original_portfolio_and_letter_an_outsider_does_not_the_appellant_does()
            throws Exception {
        var outsider = TestAccounts.account(provisioning, "Hugo Outsider", Role.MEMBER, Role.ASSESSOR);
        var evidence = evidence();
        var letter = letter();

        for (var document : List.of(evidence, letter)) {
            http.perform(get("/documents/" + document).with(user(hearing.email()).roles("MEMBER", "ASSESSOR")))
                    .andExpect(status().isOk());
            http.perform(get("/documents/" + document).with(user(outsider.email()).roles("MEMBER", "ASSESSOR")))
                    .andExpect(status().isNotFound());
            http.perform(get("/documents/" + document).with(user(candidate.email()).roles("MEMBER")))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void after_an_upheld_appeal_the_candidates_letter_says_awarded_on_appeal_with_the_domains_met() throws Exception {
        String text = letterAfterUpheldAppeal();

        assertThat(text).contains("Awarded on appeal: on " + today(Languages.ENGLISH))
                .contains(REASONS)
                .contains("Outcome per competency domain")
                .contains("Met on appeal.")
                .doesNotContain("Not yet met")
                .doesNotContain("Gaia Hearing");
    }

    @Test
    void the_reissued_letter_is_in_the_candidates_language() throws Exception {
        signInAs(candidate);
        myAccount.chooseCurrentLanguage(Languages.FRENCH);

        assertThat(letterAfterUpheldAppeal())
                .contains("suite d\u2019un recours : le " + today(Languages.FRENCH))
                .contains("Atteint à la suite du recours.");
    }

    /** The appeal panel's chair upholds the appeal; the candidate downloads their letter, read as plain text. */
    private String letterAfterUpheldAppeal() throws Exception {
        signInAs(hearing);
        desk.decide(appealId, desk.appeal(appealId).version(), new AppealDecisionData(AppealOutcome.UPHELD, REASONS));
        SecurityContextHolder.clearContext();

        var pdf = http.perform(get("/documents/" + letter()).with(user(candidate.email()).roles("MEMBER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var letter = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(letter).replaceAll("\\s+", " ");
        }
    }

    private String today(Locale language) {
        return LocalDate.now(clock).format(DateTimeFormatter.ofPattern(Text.DATE, language));
    }

    private UUID evidence() {
        return UUID.fromString(jdbc.queryForObject("""
                select id from document where owner_account_id = ? and filename = 'csat-report.pdf'""",
                String.class, candidate.id()));
    }

    private UUID letter() {
        return UUID.fromString(jdbc.queryForObject("select letter_document_id from panel where id = ?", String.class,
                panelId));
    }
}
