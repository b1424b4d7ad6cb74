package org.guildhall.cpd;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.SampleFiles;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: at upload, the text of a CPD activity's PDF evidence is read for the member's name, the provider, a
 * date in the activity's span and the hours (ISACA's "compliant documentation"); what is missing is a warning
 * kept with the activity, shown to the member and to the registrar, and the activity is submitted all the same.
 */
@IntegrationTest
class EvidenceTextCheckIntegrationTest {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired CpdService cpd;
    @Autowired CpdReviewService review;
    @Autowired CertificationAwards awards;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired DocumentService documents;
    @Autowired Clock clock;

    private AccountSummary member;
    private LocalDate on;

    @BeforeEach
    void aMemberWithACurrentCertification() {
        TestAccounts.ensure(accounts, provisioning);
        var support = new CpdTestSupport(provisioning, awards, documents);
        member = support.member("Zoë Ångström-Okafor");
        support.award(member, "CCSP", LocalDate.now(clock).minusYears(1));
        on = LocalDate.now(clock).minusDays(10);
        TestAccounts.signInAs(member.email(), Role.MEMBER);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_certificate_showing_everything_raises_no_warning() {
        var certificate = pdf("CERTIFICATE OF ATTENDANCE", "ZOE ANGSTROM-OKAFOR",
                "attended a workshop held by Guildhall Academy", "on " + WRITTEN.format(on), "CPE hours: 6.5");
        long id = cpd.submit(null, workshop("Escalations that end well", certificate));

        assertThat(cpd.myActivity(id).evidenceWarnings()).isEmpty();
        assertThat(cpd.myActivity(id).status()).isEqualTo(CpdActivityStatus.SUBMITTED);
    }

    @Test
    void what_the_certificate_does_not_show_is_kept_and_both_the_member_and_the_registrar_see_it() {
        var certificate = pdf("Certificate of attendance", "Zoe Angstrom-Okafor", "Guildhall Academy");
        long id = cpd.submit(null, workshop("Queues without tears", certificate));

        assertThat(cpd.myActivity(id).status()).as("a warning, not a refusal").isEqualTo(CpdActivityStatus.SUBMITTED);
        assertThat(cpd.myActivity(id).evidenceWarnings())
                .containsExactly(EvidenceWarning.DATE, EvidenceWarning.HOURS);
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);
        assertThat(review.forReview(id).evidenceWarnings())
                .containsExactly(EvidenceWarning.DATE, EvidenceWarning.HOURS);
    }

    @Test
    void an_image_has_no_text_to_read() {
        var photo = documents.store(member.id(), "certificate.png", new ByteArrayInputStream(SampleFiles.png()), -1)
                .id();
        long id = cpd.submit(null, workshop("Coaching on the floor", photo));

        assertThat(cpd.myActivity(id).evidenceWarnings()).containsExactly(EvidenceWarning.NO_TEXT);
    }

    @Test
    void the_form_is_told_at_once_after_an_upload_looking_only_for_what_is_typed() {
        var certificate = pdf("Someone Else", "on " + WRITTEN.format(on));
        var typedSoFar = new CpdActivityData(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", null, null, on, on,
                null, null, null, null, false, List.of(certificate));

        assertThat(cpd.evidenceWarnings(typedSoFar)).containsExactly(EvidenceWarning.NAME);
    }

    @Test
    void a_clearer_certificate_sent_later_clears_the_warnings() {
        long id = cpd.saveDraft(null, workshop("Complaints as gifts", pdf("Zoe Angstrom-Okafor")));
        assertThat(cpd.myActivity(id).evidenceWarnings()).contains(EvidenceWarning.PROVIDER);

        var clearer = pdf("Zoe Angstrom-Okafor, Guildhall Academy, " + WRITTEN.format(on), "6.5 hours");
        cpd.submit(id, workshop("Complaints as gifts", clearer));
        assertThat(cpd.myActivity(id).evidenceWarnings()).isEmpty();
    }

    private UUID pdf(String... lines) {
        return documents.store(member.id(), "certificate.pdf",
                new ByteArrayInputStream(SampleFiles.pdfSaying(lines)), -1).id();
    }

    private CpdActivityData workshop(String title, UUID evidence) {
        return new CpdActivityData(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", title, "Guildhall Academy", on, on,
                new BigDecimal("6.5"), BigDecimal.ZERO, null, null, false, List.of(evidence));
    }
}
