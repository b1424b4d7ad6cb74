package org.guildhall.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.certification.DesignationData;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.settings.SettingChangeData;
import org.guildhall.settings.Settings;
import org.guildhall.settings.SettingsAdministration;
import org.guildhall.settings.SettingsRefusedException;
import org.guildhall.settings.TestSettings;
import org.guildhall.shared.FieldProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18 on MariaDB: an admin changes a CPD cap or credit value from a day on through the settings; a cycle
 * already running keeps the caps it began with, its transcript says so, and activities already done keep their
 * credits; a cap below zero or a credit value of zero is refused on its field; after a renewal each cycle keeps its
 * own requirement. The changes are taken back after
 * each test, so the shared database's other tests keep the seed's rules.
 */
@IntegrationTest
class CpdRulesEffectiveDatedIntegrationTest {

    private static final String REASON = "CpdRulesEffectiveDatedIntegrationTest";
    private static final String CE_CAP = "cpd.setting.cap.continuing-education";
    private static final String WORKSHOP_CREDITS = "cpd.setting.credits.workshop";

    @Autowired SettingsAdministration administration;
    @Autowired Settings settings;
    @Autowired CpdService cpd;
    @Autowired TranscriptService transcripts;
    @Autowired AutomaticCredits credits;
    @Autowired CertificationAwards awards;
    @Autowired DesignationCatalogue catalogue;
    @Autowired AccountProvisioning provisioning;
    @Autowired AccountService accounts;
    @Autowired DocumentService documents;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @AfterEach
    void takeBackTheChanges() {
        TestSettings.withdraw(jdbc, settings, REASON);
    }

    @Test
    void a_change_from_today_on_leaves_the_running_cycle_and_its_transcript_under_the_rules_it_began_with()
            throws IOException {
        var support = new CpdTestSupport(provisioning, awards, documents);
        var member = support.member("Ines Duarte");
        var certification = support.award(member, "CCSP", today().minusYears(1));
        String key = "rules:" + member.id() + ":";
        credits.record(CpdTestSupport.credit(member.id(), key + 1, CpdCategory.CONTINUING_EDUCATION, "WORKSHOP",
                today().minusDays(30), "20"));
        credits.record(CpdTestSupport.credit(member.id(), key + 2, CpdCategory.CONTINUING_EDUCATION, "CONFERENCE",
                today().minusDays(60), "14"));

        TestAccounts.signInAs(TestAccounts.ADMIN, Role.ADMIN);
        administration.change(new SettingChangeData(CE_CAP, new BigDecimal("10"), today(), REASON));
        administration.change(new SettingChangeData(WORKSHOP_CREDITS, new BigDecimal("2"), today().plusDays(1),
                REASON));

        assertThat(cpd.rulebook().capOf(CpdCategory.CONTINUING_EDUCATION)).as("today's rulebook")
                .isEqualByComparingTo("10");
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        assertThat(cpd.myProgress()).filteredOn(progress -> progress.certification().id() == certification.id())
                .singleElement().satisfies(progress -> {
                    var education = progress.categories().stream()
                            .filter(category -> category.category() == CpdCategory.CONTINUING_EDUCATION)
                            .findFirst().orElseThrow();
                    assertThat(education.cap()).as("the cap the cycle began with").isEqualByComparingTo("30");
                    assertThat(education.claimed()).as("done before the new rate").isEqualByComparingTo("34");
                    assertThat(education.counted()).isEqualByComparingTo("30");
                });
        assertThat(transcriptText(certification.id(), 1)).containsPattern("Continuing Education\\s+cap applied\\s+30\\s+34\\s+30");
    }

    @Test
    void a_cap_below_zero_and_a_credit_value_of_zero_are_refused_on_the_value() {
        TestAccounts.signInAs(TestAccounts.ADMIN, Role.ADMIN);

        assertThatExceptionOfType(SettingsRefusedException.class).isThrownBy(() -> administration.change(
                new SettingChangeData(CE_CAP, new BigDecimal("-1"), today().plusDays(1), REASON)))
                .satisfies(refused -> assertThat(refused.fieldProblems()).extracting(FieldProblem::field)
                        .containsExactly(SettingChangeData.VALUE));
        assertThatExceptionOfType(SettingsRefusedException.class).isThrownBy(() -> administration.change(
                new SettingChangeData(WORKSHOP_CREDITS, BigDecimal.ZERO, today().plusDays(1), REASON)))
                .satisfies(refused -> assertThat(refused.fieldProblems()).extracting(FieldProblem::field)
                        .containsExactly(SettingChangeData.VALUE));
    }

    /**
     * Seed 001: a member earns the required credits within each cycle. A designation's requirement raised before the
     * member renews applies to the new cycle only: the first cycle's transcript keeps its requirement and the caps of
     * its first day, the second reads the new ones.
     */
    @Test
    void after_a_renewal_each_cycle_s_transcript_reads_the_requirement_and_caps_it_began_with() throws IOException {
        var designation = catalogue.designation("CRMP");
        var support = new CpdTestSupport(provisioning, awards, documents);
        var member = support.member("Noor Haddad");
        var certification = support.award(member, "CRMP", today().minusYears(3).plusDays(20));
        String key = "cycles:" + member.id() + ":";
        credits.record(CpdTestSupport.credit(member.id(), key + 1, CpdCategory.CONTINUING_EDUCATION, "WORKSHOP",
                today().minusDays(30), "20"));
        credits.record(CpdTestSupport.credit(member.id(), key + 2, CpdCategory.CONTINUING_EDUCATION, "CONFERENCE",
                today().minusDays(60), "16"));
        TestAccounts.signInAs(TestAccounts.ADMIN, Role.ADMIN);
        administration.change(new SettingChangeData(CE_CAP, new BigDecimal("10"), today(), REASON));
        var kept = designation.toData();
        try {
            catalogue.update("CRMP", new DesignationData(kept.fullName(), 45, kept.routesOffered(), kept.examFee(),
                    kept.renewalFee(), kept.recertificationEssayRequired()));
            awards.renew(certification.id());
        } finally {
            catalogue.update("CRMP", kept);
        }

        TestAccounts.signInAs(member.email(), Role.MEMBER);
        assertThat(transcriptText(certification.id(), 1)).contains("Cycle 1", "Requirement: 36 CPD credits")
                .containsPattern("Continuing Education\\s+cap applied\\s+30\\s+36\\s+30")
                .contains("Counted: 30 of 36 CPD credits required");
        assertThat(transcriptText(certification.id(), 2)).contains("Cycle 2", "Requirement: 45 CPD credits")
                .containsPattern("Continuing Education\\s+10\\s+0\\s+0");
    }

    private String transcriptText(long certificationId, int cycle) throws IOException {
        try (var pdf = Loader.loadPDF(transcripts.transcript(certificationId, cycle, Locale.UK))) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
