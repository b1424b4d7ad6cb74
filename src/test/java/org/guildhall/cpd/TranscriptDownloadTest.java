package org.guildhall.cpd;

import java.time.Clock;
import java.time.LocalDate;

import org.guildhall.certification.CertificationAwards;
import org.guildhall.CoversWebPaths;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 11: the CPD transcript over HTTP through the real security filters (it answered 403 to everyone). */
@IntegrationTest
@CoversWebPaths("/cpd-transcripts/{certificationId}/{cycle}")
class TranscriptDownloadTest {

    @Autowired WebApplicationContext context;

    @Autowired CertificationAwards awards;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired CertificationService certifications;
    @Autowired DocumentService documents;
    @Autowired Clock clock;

    private MockMvc http;
    private AccountSummary holder;
    private String transcript;

    @BeforeEach
    void aHoldersTranscript() {
        TestAccounts.ensure(accounts, provisioning);
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var support = new CpdTestSupport(provisioning, awards, documents);
        holder = support.member("Tove Transcript");
        CertificationSummary certification = support.award(holder, "CCSP", LocalDate.now(clock).minusMonths(6));
        transcript = "/cpd-transcripts/" + certification.id() + "/1";
    }

    @Test
    void the_holder_downloads_it_as_a_pdf() throws Exception {
        http.perform(get(transcript).with(user(holder.email()).roles("MEMBER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
    }

    @Test
    void another_member_is_told_there_is_no_such_transcript() throws Exception {
        http.perform(get(transcript).with(user(TestAccounts.MEMBER).roles("MEMBER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_registrar_downloads_it() throws Exception {
        http.perform(get(transcript).with(user(TestAccounts.REGISTRAR).roles("REGISTRAR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
    }

    @Test
    void a_visitor_is_sent_to_sign_in() throws Exception {
        http.perform(get(transcript)).andExpect(redirectedUrl("/login"));
    }
}
