package org.guildhall.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.guildhall.CoversWebPaths;
import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.Route;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.SampleFiles;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.membership.MembershipService;
import org.guildhall.privacy.internal.ExportBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18, Art. 15/20: a person's export holds what each module keeps about them, is built in the background with
 * its progress recorded, emails them, and downloads over HTTP for them alone until the link expires.
 */
@IntegrationTest
@CoversWebPaths("/privacy/exports/{exportId}")
class PersonalDataExportIntegrationTest {

    @Autowired WebApplicationContext context;
    @Autowired PersonalDataService personalData;
    @Autowired ExportBuilder builder;
    @Autowired AccountProvisioning provisioning;
    @Autowired AccountService accounts;
    @Autowired MembershipService memberships;
    @Autowired CertificationAwards awards;
    @Autowired DocumentService documents;
    @Autowired JsonMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    private MockMvc http;
    private AccountSummary member;
    private String download;

    @BeforeEach
    void aMemberWithACertificationAndAnUploadAsksForACopy() {
        TestAccounts.ensure(accounts, provisioning);
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        member = TestAccounts.member(provisioning, memberships, "Zofia Łukasiewicz 李明");
        awards.award(member.id(), "CCSP", Route.EXAM, LocalDate.of(2025, 3, 1));
        TestAccounts.signInAs(member);
        documents.store(member.id(), "evidence.png", new ByteArrayInputStream(SampleFiles.png()), -1);

        var requested = personalData.requestExport();
        assertThat(requested.status()).isEqualTo(ExportStatus.REQUESTED);
        assertThat(personalData.requestExport().id()).as("a second click while it waits").isEqualTo(requested.id());
        TestAccounts.signOut();

        builder.buildWaiting();
        download = "/privacy/exports/" + requested.id();
    }

    @Test
    void the_export_is_ready_with_every_part_done_and_the_person_is_emailed() {
        TestAccounts.signInAs(member);
        var ready = personalData.latestExport().orElseThrow();
        assertThat(ready.status()).isEqualTo(ExportStatus.READY);
        assertThat(ready.partsTotal()).isGreaterThanOrEqualTo(12);
        assertThat(ready.progress()).isEqualTo(1.0);
        assertThat(ready.expiresAt()).isEqualTo(MutableClock.START.plus(Duration.ofDays(7)));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from outbound_email where recipient = ? and subject like '%copy of your%'",
                Integer.class, member.email()) == 1);
    }

    @Test
    void the_zip_holds_the_profile_membership_certification_and_the_uploaded_file() throws Exception {
        var zip = entries(http.perform(get(download).with(user(member.email()).roles("MEMBER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray());

        JsonNode account = json.readTree(zip.get("account/account.json")).get(0);
        assertThat(account.get("full_name").asString()).isEqualTo("Zofia Łukasiewicz 李明");
        assertThat(account.get("email").asString()).isEqualTo(member.email());
        assertThat(account.has("password_hash")).as("never the password hash").isFalse();
        assertThat(json.readTree(zip.get("account/roles.json")).get(0).get("role").asString()).isEqualTo("MEMBER");

        JsonNode membership = json.readTree(zip.get("membership/membership.json")).get(0);
        assertThat(membership.get("category").asString()).isEqualTo("CUSTOMER_SERVICE_PROFESSIONAL");
        assertThat(membership.get("member_since").asString()).isEqualTo("2020-01-01");

        JsonNode certification = json.readTree(zip.get("certification/certifications.json")).get(0);
        assertThat(certification.get("designation_code").asString()).isEqualTo("CCSP");
        assertThat(certification.get("holder_name").asString()).isEqualTo("Zofia Łukasiewicz 李明");

        JsonNode listed = json.readTree(zip.get("documents/documents.json")).get(0);
        String stored = "documents/files/" + listed.get("id").asString() + "-" + listed.get("filename").asString();
        assertThat(zip.get(stored)).isEqualTo(SampleFiles.png());

        assertThat(zip).containsKeys("cpd/activities.json", "cpd/essays.json", "payment/invoices.json",
                "notification/inbox.json", "portfolio/portfolios.json", "assessment/audit.json",
                "membership/applications.json", "membership/terms.json", "drafts/drafts.json",
                "events/registrations.json", "sponsorship/as-sponsor.json");
    }

    @Test
    void another_member_is_told_there_is_no_such_export() throws Exception {
        http.perform(get(download).with(user(TestAccounts.MEMBER).roles("MEMBER"))).andExpect(status().isNotFound());
    }

    @Test
    void a_registrar_cannot_download_it_either() throws Exception {
        http.perform(get(download).with(user(TestAccounts.REGISTRAR).roles("REGISTRAR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_visitor_is_sent_to_sign_in() throws Exception {
        http.perform(get(download)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void once_the_link_has_expired_the_owner_is_refused_and_the_archive_is_dropped() throws Exception {
        clock.advance(Duration.ofDays(7));
        http.perform(get(download).with(user(member.email()).roles("MEMBER"))).andExpect(status().isNotFound());

        builder.expireOld();
        assertThat(jdbc.queryForObject("select count(*) from personal_data_export_archive where export_id = ?",
                Integer.class, Long.parseLong(download.substring(download.lastIndexOf('/') + 1)))).isZero();
        TestAccounts.signInAs(member);
        assertThat(personalData.latestExport().orElseThrow().status()).isEqualTo(ExportStatus.EXPIRED);
        assertThatThrownBy(() -> personalData.openExport(personalData.latestExport().orElseThrow().id()))
                .isInstanceOf(ExportNotFoundException.class);
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
