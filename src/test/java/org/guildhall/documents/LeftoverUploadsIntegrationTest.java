package org.guildhall.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.documents.internal.LeftoverUploadCleaner;
import org.guildhall.drafts.FormDrafts;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.membership.EligibilityAnswers;
import org.guildhall.membership.MembershipService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Issue 12: files uploaded on forms that were never saved or submitted are removed by the daily job once the grace
 * period (24 hours by default) has passed, and never while a draft or a saved record refers to them.
 */
@IntegrationTest
class LeftoverUploadsIntegrationTest {

    @Autowired LeftoverUploadCleaner cleaner;
    @Autowired DocumentService documents;
    @Autowired FormDrafts drafts;
    @Autowired MembershipService memberships;
    @Autowired AccountService accounts;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @Autowired SecurityContextHolderStrategy securityContexts;

    @AfterEach
    void signOut() {
        securityContexts.clearContext();
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_upload_no_form_took_up_goes_after_the_grace_period_but_one_a_draft_or_an_application_holds_stays() {
        var applicant = accounts.register("Priya Raman", TestAccounts.uniqueEmail("priya"), TestAccounts.PASSWORD).orElseThrow();
        signInAsApplicant(applicant.email());
        UUID abandoned = upload(applicant.id(), "abandoned.pdf");
        UUID inDraft = upload(applicant.id(), "in-draft.pdf");
        UUID attached = upload(applicant.id(), "attached.pdf");
        drafts.keep("leftover-test", Map.of("note", "typed, not submitted"), List.of(inDraft));
        memberships.saveDraft(EligibilityAnswers.none(), null);
        memberships.attachDocuments(List.of(attached));

        clock.advance(Duration.ofHours(23));
        cleaner.removeLeftovers();
        assertThat(stored(abandoned)).as("within the grace period").isTrue();

        clock.advance(Duration.ofHours(2));
        cleaner.removeLeftovers();
        assertThat(stored(abandoned)).isFalse();
        assertThat(contentStored(abandoned)).isFalse();
        assertThat(stored(inDraft)).as("a draft still refers to it").isTrue();
        assertThat(stored(attached)).as("the application refers to it").isTrue();

        drafts.discard("leftover-test");
        cleaner.removeLeftovers();
        assertThat(stored(inDraft)).as("once the draft is gone, nothing holds it").isFalse();
        assertThat(stored(attached)).isTrue();
    }

    /** On this context's holder too, as {@link SignedIn} does: a browser journey's context may have replaced it. */
    private void signInAsApplicant(String email) {
        TestAccounts.signInAs(email, Role.APPLICANT);
        securityContexts.setContext(SecurityContextHolder.getContext());
    }

    private UUID upload(long owner, String filename) {
        byte[] pdf = SampleFiles.pdf();
        return documents.store(owner, filename, new ByteArrayInputStream(pdf), pdf.length).id();
    }

    private boolean stored(UUID id) {
        return jdbc.queryForObject("select count(*) from document where id = ?", Integer.class, id.toString()) == 1;
    }

    private boolean contentStored(UUID id) {
        return jdbc.queryForObject("select count(*) from document_content where document_id = ?", Integer.class,
                id.toString()) == 1;
    }
}
