package org.guildhall.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.Route;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.SampleFiles;
import org.guildhall.drafts.FormDrafts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.MyAccountService;
import org.guildhall.identity.ProfileDetails;
import org.guildhall.membership.MembershipService;
import org.guildhall.personaldata.ErasureLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Issue 18, Art. 17: the person asks, the registrar erases or refuses with a reason. Erasure pseudonymises the
 * account and removes contact details, free text, files, drafts and the inbox, keeps the credential register entry
 * and the financial records, logs each line, and the account can no longer sign in. Checked row by row.
 */
@IntegrationTest
class ErasureIntegrationTest {

    @Autowired PersonalDataService personalData;
    @Autowired ErasureReview review;
    @Autowired AccountProvisioning provisioning;
    @Autowired AccountService accounts;
    @Autowired MyAccountService myAccount;
    @Autowired MembershipService memberships;
    @Autowired CertificationAwards awards;
    @Autowired DocumentService documents;
    @Autowired FormDrafts drafts;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;

    private AccountSummary member;
    private ErasureRequestSummary request;

    @BeforeEach
    void aMemberWithContactDetailsACertificationFilesAnInvoiceAndADraftAsksToBeForgotten() {
        TestAccounts.ensure(accounts, provisioning);
        member = TestAccounts.member(provisioning, memberships, "Ingrid Ødegård");
        awards.award(member.id(), "CCSP", Route.EXAM, LocalDate.of(2025, 3, 1));
        // The award's notice reaches the inbox after commit; wait for it, so nothing arrives after the erasure.
        await().atMost(Duration.ofSeconds(10)).until(() -> count("inbox_item", "account_id", member.id()) >= 1);
        jdbc.update("""
                insert into invoice (reference, account_id, purpose, subject, description, amount, currency, status,
                                     issued_at)
                values (?, ?, 'EXAM_ENROLMENT', ?, 'Exam fee', 150.00, 'GBP', 'PAID', now())""",
                "GDPR-" + member.id(), member.id(), "GDPR-" + member.id());

        TestAccounts.signInAs(member);
        myAccount.updateCurrentProfile(new ProfileDetails("Ingrid Ødegård", "+47 22 33 44 55", "Storgata 1, Oslo",
                "Nordlys Telecom", "Head of Service"));
        documents.store(member.id(), "diploma.pdf", new ByteArrayInputStream(SampleFiles.pdf()), -1);
        drafts.keep("cpd-activity", Map.of("title", "A half-written activity"), List.of());
        request = personalData.requestErasure();
        assertThatThrownBy(personalData::requestErasure).as("one request waits at a time")
                .isInstanceOf(PrivacyRefusedException.class);
        TestAccounts.signOut();
    }

    @Test
    void the_request_waits_in_the_registrars_queue() {
        TestAccounts.asRegistrar();
        assertThat(review.waiting(org.springframework.data.domain.PageRequest.of(0, 500)))
                .anySatisfy(waiting -> {
                    assertThat(waiting.id()).isEqualTo(request.id());
                    assertThat(waiting.personName()).isEqualTo("Ingrid Ødegård");
                    assertThat(waiting.status()).isEqualTo(ErasureStatus.REQUESTED);
                });
    }

    @Test
    void approving_erases_row_by_row_and_keeps_what_the_institute_must_keep() {
        TestAccounts.asRegistrar();
        var erased = review.approve(request.id());

        var account = jdbc.queryForMap("select * from account where id = ?", member.id());
        assertThat(account.get("full_name")).isEqualTo("Erased person " + member.id());
        assertThat(account.get("email")).isEqualTo("erased-" + member.id() + "@erased.invalid");
        assertThat(account.get("phone")).isNull();
        assertThat(account.get("postal_address")).isNull();
        assertThat(account.get("employer")).isNull();
        assertThat(account.get("job_title")).isNull();
        assertThat(account.get("erased_at")).isNotNull();

        assertThat(jdbc.queryForMap("select * from document where owner_account_id = ?", member.id()))
                .containsEntry("filename", "erased").extractingByKey("erased_at").isNotNull();
        assertThat(jdbc.queryForObject("""
                select count(*) from document_content c join document d on d.id = c.document_id
                where d.owner_account_id = ?""", Integer.class, member.id())).as("the file's bytes").isZero();
        assertThat(count("inbox_item", "account_id", member.id())).isZero();
        assertThat(count("outbound_email", "recipient", member.email())).isZero();
        assertThat(count("form_draft", "account_id", member.id())).isZero();

        assertThat(jdbc.queryForMap("select * from certification where holder_account_id = ?", member.id()))
                .as("the credential register entry, as issued")
                .containsEntry("designation_code", "CCSP").containsEntry("holder_name", "Ingrid Ødegård");
        assertThat(jdbc.queryForObject("select amount from invoice where account_id = ?", java.math.BigDecimal.class,
                member.id())).as("the financial record").isEqualByComparingTo("150.00");
        assertThat(count("membership", "account_id", member.id())).isEqualTo(1);

        assertThat(erased.status()).isEqualTo(ErasureStatus.ERASED);
        assertThat(erased.decidedBy()).isEqualTo(TestAccounts.REGISTRAR);
        assertThat(ErasureOutcome.read(erased.outcome())).contains(
                new ErasureLog.Line("account", "account", 1, ""),
                new ErasureLog.Line("documents", "files", 1, ""),
                new ErasureLog.Line("drafts", "drafts", 1, ""),
                new ErasureLog.Line("certification", "certifications", 1, "privacy.kept.credential-register"),
                new ErasureLog.Line("payment", "invoices", 1, "privacy.kept.financial-records"));
        assertThat(review.decided(org.springframework.data.domain.PageRequest.of(0, 500)))
                .extracting(ErasureRequestSummary::id).contains(request.id());
        assertThatThrownBy(() -> review.approve(request.id())).isInstanceOf(PrivacyRefusedException.class);
    }

    @Test
    void an_erased_person_cannot_sign_in_by_the_old_address_or_the_pseudonym() {
        TestAccounts.asRegistrar();
        review.approve(request.id());

        assertThatThrownBy(() -> userDetails.loadUserByUsername(member.email()))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> userDetails.loadUserByUsername("erased-" + member.id() + "@erased.invalid"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void refusing_needs_a_reason_and_tells_the_person() {
        TestAccounts.asRegistrar();
        assertThatThrownBy(() -> review.refuse(request.id(), "  ")).isInstanceOf(PrivacyRefusedException.class)
                .hasMessageContaining("reason");

        var refused = review.refuse(request.id(), "An appeal about your certification is still open.");

        assertThat(refused.status()).isEqualTo(ErasureStatus.REFUSED);
        assertThat(refused.refusalReason()).isEqualTo("An appeal about your certification is still open.");
        assertThat(jdbc.queryForObject("select full_name from account where id = ?", String.class, member.id()))
                .isEqualTo("Ingrid Ødegård");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from outbound_email where recipient = ? and body like '%appeal about your%'",
                Integer.class, member.email()) == 1);
        TestAccounts.signInAs(member);
        assertThat(personalData.requestErasure().status()).as("may ask again").isEqualTo(ErasureStatus.REQUESTED);
    }

    @Test
    void only_a_registrar_decides() {
        TestAccounts.signInAs(member);
        assertThatThrownBy(() -> review.approve(request.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select full_name from account where id = ?", String.class, member.id()))
                .isEqualTo("Ingrid Ødegård");
    }

    private int count(String table, String column, Object value) {
        return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Integer.class,
                value);
    }
}
