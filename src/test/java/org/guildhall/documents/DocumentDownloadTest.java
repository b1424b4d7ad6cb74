package org.guildhall.documents;

import java.io.ByteArrayInputStream;

import org.guildhall.CoversWebPaths;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The download link over HTTP, through the real security filters, in the shared test context (MockMvc built on it
 * rather than a server of its own): the document service is asked on every request.
 */
@IntegrationTest
@CoversWebPaths("/documents/{id}")
class DocumentDownloadTest {

    @Autowired WebApplicationContext context;
    @Autowired DocumentService documents;
    @Autowired AccountService accounts;
    @Autowired TestDocumentGrants grants;
    @Autowired AccountProvisioning provisioning;

    private MockMvc http;
    private AccountSummary owner;
    private DocumentReference evidence;
    private final byte[] jpeg = SampleFiles.jpeg();

    @BeforeEach
    void anUploadedJpeg() {
        TestAccounts.ensure(accounts, provisioning);
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        owner = provisioning.createAccount("Grace Lindqvist", TestAccounts.uniqueEmail("grace"), TestAccounts.PASSWORD,
                Role.MEMBER);
        TestAccounts.signInAs(owner);
        evidence = documents.store(owner.id(), "Gracé's award.jpg", new ByteArrayInputStream(jpeg), jpeg.length);
        TestAccounts.signOut();
    }

    @Test
    void the_owner_downloads_the_bytes_with_their_type_and_name() throws Exception {
        http.perform(get("/" + evidence.downloadPath()).with(user(owner.email())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().longValue("Content-Length", jpeg.length))
                .andExpect(header().string("Content-Disposition", allOf(startsWith("attachment;"),
                        containsString("filename*=UTF-8''Grac%C3%A9%27s%20award.jpg"))))
                .andExpect(content().bytes(jpeg));
    }

    @Test
    void viewing_shows_the_document_in_the_browser_sandboxed() throws Exception {
        http.perform(get("/" + evidence.downloadPath()).param("view", "true").with(user(owner.email())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", startsWith("inline;")))
                .andExpect(header().string("Content-Security-Policy", "sandbox"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(jpeg));
    }

    @Test
    void someone_elses_document_answers_not_found() throws Exception {
        http.perform(get("/" + evidence.downloadPath()).with(user(TestAccounts.MEMBER)))
                .andExpect(status().isNotFound())
                .andExpect(content().string("There is no such document, or it is not open to you."));
    }

    @Test
    void staff_a_module_lets_read_it_download_it() throws Exception {
        grants.grant(evidence, TestAccounts.REGISTRAR);
        http.perform(get("/" + evidence.downloadPath()).with(user(TestAccounts.REGISTRAR).roles("REGISTRAR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"));
    }

    @Test
    void an_unknown_or_malformed_id_answers_not_found() throws Exception {
        http.perform(get("/documents/00000000-0000-4000-8000-000000000000").with(user(owner.email())))
                .andExpect(status().isNotFound());
        http.perform(get("/documents/not-a-uuid").with(user(owner.email())))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_visitor_who_is_not_signed_in_gets_no_bytes() throws Exception {
        http.perform(get("/" + evidence.downloadPath()))
                .andExpect(redirectedUrl("/login"));
    }
}
