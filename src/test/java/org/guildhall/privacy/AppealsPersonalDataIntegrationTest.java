package org.guildhall.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.zip.ZipInputStream;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.appeals.AppealData;
import org.guildhall.appeals.AppealDecisionData;
import org.guildhall.appeals.AppealDesk;
import org.guildhall.appeals.AppealKind;
import org.guildhall.appeals.AppealOutcome;
import org.guildhall.appeals.AppealPanelChoice;
import org.guildhall.appeals.AppealService;
import org.guildhall.appeals.RejectedActivities;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.cpd.CpdReviewService;
import org.guildhall.cpd.CpdService;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.SampleFiles;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.personaldata.ErasureLog;
import org.guildhall.privacy.internal.ExportBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 20 with issue 18: the appeals a person made are in their export (kind, decision, grounds, documents,
 * outcome, reasons, history); erasing them blanks the grounds they wrote and their name in the history, and keeps
 * the outcome record ISO/IEC 17024 has the institute keep, with what the appeal panel and the registrar wrote.
 */
@IntegrationTest
class AppealsPersonalDataIntegrationTest {

    private static final String GROUNDS = "The webinar taught complaint handling; my session notes show it.";
    private static final String REASONS = "The recording shows a product demonstration throughout.";

    @Autowired WebApplicationContext context;
    @Autowired PersonalDataService personalData;
    @Autowired ExportBuilder builder;
    @Autowired ErasureReview review;
    @Autowired AppealService appeals;
    @Autowired AppealDesk desk;
    @Autowired CertificationAwards awards;
    @Autowired CpdService cpd;
    @Autowired CpdReviewService cpdReview;
    @Autowired DocumentService documents;
    @Autowired AccountProvisioning provisioning;
    @Autowired AccountService accounts;
    @Autowired JsonMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private AccountSummary appellant;
    private UUID groundsDocument;
    private long appealId;

    @BeforeEach
    void aDismissedAppealWithADocument() {
        TestAccounts.ensure(accounts, provisioning);
        appellant = TestAccounts.account(provisioning, "Alma Appellant", Role.MEMBER);
        var registrar = TestAccounts.account(provisioning, "Rolf Registrar", Role.REGISTRAR);
        long activityId = new RejectedActivities(awards, documents, cpd, cpdReview, clock).rejected(appellant,
                registrar);
        TestAccounts.signInAs(appellant);
        groundsDocument = documents.store(appellant.id(), "session-notes.pdf",
                new ByteArrayInputStream(SampleFiles.pdf()), -1).id();
        var decision = appeals.appealable().stream()
                .filter(d -> d.kind() == AppealKind.CPD_REJECTION && d.decisionId() == activityId).findFirst()
                .orElseThrow();
        appealId = appeals.lodge(new AppealData(decision, GROUNDS, List.of(groundsDocument)));
        var hearing = TestAccounts.account(provisioning, "Hedda Hearing", Role.MEMBER, Role.ASSESSOR);
        TestAccounts.signInAs(registrar);
        desk.formPanel(appealId, new AppealPanelChoice(List.of(hearing.id()), hearing.id()));
        TestAccounts.signInAs(hearing);
        desk.decide(appealId, desk.appeal(appealId).version(), new AppealDecisionData(AppealOutcome.DISMISSED,
                REASONS));
        TestAccounts.signOut();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_export_holds_the_appeal_its_documents_and_its_history() throws Exception {
        TestAccounts.signInAs(appellant);
        long exportId = personalData.requestExport().id();
        TestAccounts.signOut();
        builder.buildWaiting();

        var http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var zip = entries(http.perform(get("/privacy/exports/" + exportId)
                .with(user(appellant.email()).roles("MEMBER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());

        JsonNode appeal = json.readTree(zip.get("appeals/appeals.json")).get(0);
        assertThat(appeal.get("id").asLong()).isEqualTo(appealId);
        assertThat(appeal.get("kind").asString()).isEqualTo("CPD_REJECTION");
        assertThat(appeal.get("grounds").asString()).isEqualTo(GROUNDS);
        assertThat(appeal.get("original_reason").asString()).isEqualTo(RejectedActivities.REASON);
        assertThat(appeal.get("outcome").asString()).isEqualTo("DISMISSED");
        assertThat(appeal.get("reasons").asString()).isEqualTo(REASONS);
        assertThat(json.readTree(zip.get("appeals/documents.json")).get(0).get("document_id").asString())
                .isEqualTo(groundsDocument.toString());
        var history = json.readTree(zip.get("appeals/history.json"));
        assertThat(IntStream.range(0, history.size()).mapToObj(i -> history.get(i).get("action").asString()))
                .containsExactly("Appeal lodged", "Appeal panel formed", "Appeal decided: Dismissed");
    }

    @Test
    void erasure_blanks_the_grounds_and_keeps_the_outcome_record() {
        TestAccounts.signInAs(appellant);
        long requestId = personalData.requestErasure().id();
        TestAccounts.asRegistrar();
        var erased = review.approve(requestId);

        var appeal = jdbc.queryForMap("select * from appeal where id = ?", appealId);
        assertThat(appeal.get("grounds")).as("free text the appellant wrote").isEqualTo("");
        assertThat(appeal).as("the outcome record, and what others wrote")
                .containsEntry("outcome", "DISMISSED").containsEntry("reasons", REASONS)
                .containsEntry("original_reason", RejectedActivities.REASON).containsEntry("kind", "CPD_REJECTION");
        Map<String, Map<String, Object>> history = new HashMap<>();
        jdbc.queryForList("select * from appeal_audit where appeal_id = ?", appealId)
                .forEach(row -> history.put((String) row.get("action"), row));
        assertThat(history.get("Appeal lodged")).containsEntry("detail", "")
                .containsEntry("actor_name", "Erased person " + appellant.id());
        assertThat(history.get("Appeal decided: Dismissed")).containsEntry("detail", REASONS)
                .containsEntry("actor_name", "Hedda Hearing");
        assertThat(ErasureOutcome.read(erased.outcome())).contains(
                new ErasureLog.Line("appeals", "grounds", 1, ""),
                new ErasureLog.Line("appeals", "appeals", 1, "appeals.privacy.kept.appeal-record"));
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        var entries = new HashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
