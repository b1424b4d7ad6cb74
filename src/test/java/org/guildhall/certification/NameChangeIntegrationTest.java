package org.guildhall.certification;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.SampleFiles;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 17, "A member asks for a name change with a reason and evidence; the registrar approves or refuses
 * (audited); approval reissues the certificate (same code, the history kept) and the public page says when".
 */
@IntegrationTest
class NameChangeIntegrationTest {

    @Autowired NameChangeService nameChanges;
    @Autowired CertificationService certifications;
    @Autowired CertificationStandingService standing;
    @Autowired CertificationAwards awards;
    @Autowired DocumentService documents;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired Clock clock;

    private AccountSummary holder;

    @BeforeEach
    void aHolder() {
        TestAccounts.ensure(accounts, provisioning);
        holder = provisioning.createAccount("Emma Clarke", TestAccounts.uniqueEmail("emma"), TestAccounts.PASSWORD,
                Role.MEMBER);
    }

    @Test
    void approval_reissues_every_credential_not_revoked_in_the_new_name_with_the_same_code_and_history_kept() {
        var ccsp = awards.award(holder.id(), "CCSP", Route.EXAM, today().minusYears(1));
        var crmp = awards.award(holder.id(), "CRMP", Route.EXAM, today().minusMonths(2));
        var revoked = awards.award(holder.id(), "CCCS", Route.EXAM, today().minusMonths(2));
        TestAccounts.asRegistrar();
        standing.revoke(revoked.id(), new StandingData(StandingReason.ISSUED_IN_ERROR, "Wrong candidate.", null));
        TestAccounts.signInAs(holder);
        var asked = nameChanges.request(new NameChangeData("Emma Clarke-Nowak", "Marriage", evidence()));
        assertThat(asked.state()).isEqualTo(NameChangeState.PENDING);
        assertThat(asked.nameAsIssued()).isEqualTo("Emma Clarke");

        TestAccounts.asRegistrar();
        assertThat(nameChanges.pending()).extracting(NameChangeSummary::id).contains(asked.id());
        assertThat(documents.open(asked.evidenceDocumentId())).as("the registrar reads the evidence").isNotNull();
        assertThat(nameChanges.approve(asked.id()).state()).isEqualTo(NameChangeState.APPROVED);

        for (var reissued : java.util.List.of(ccsp, crmp)) {
            var now = certifications.byVerificationCode(reissued.verificationCode()).orElseThrow();
            assertThat(now.holderName()).isEqualTo("Emma Clarke-Nowak");
            assertThat(now.issueNumber()).isEqualTo(2);
            assertThat(now.issuedOn()).isEqualTo(today());
            assertThat(now.cycle()).isEqualTo(reissued.cycle());
            assertThat(standing.history(reissued.id())).singleElement().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo(CertificationAction.REISSUED);
                assertThat(entry.detail()).contains("previously Emma Clarke", "Marriage");
            });
            assertThat(certifications.verify(reissued.verificationCode()).orElseThrow().reissuedOn())
                    .isEqualTo(today());
        }
        assertThat(certifications.byVerificationCode(revoked.verificationCode()).orElseThrow().holderName())
                .as("a revoked credential is not reissued").isEqualTo("Emma Clarke");
    }

    @Test
    void a_refusal_keeps_the_name_and_tells_the_holder_why_and_a_request_is_decided_once() {
        var ccsp = awards.award(holder.id(), "CCSP", Route.EXAM, today());
        TestAccounts.signInAs(holder);
        var asked = nameChanges.request(new NameChangeData("Emma Stone", "Preference", evidence()));

        TestAccounts.asRegistrar();
        nameChanges.refuse(asked.id(), "The evidence names someone else.");
        assertThatExceptionOfType(CertificationRefusedException.class)
                .isThrownBy(() -> nameChanges.approve(asked.id())).withMessage("This request was already refused.");

        TestAccounts.signInAs(holder);
        assertThat(nameChanges.myRequests()).singleElement().satisfies(request -> {
            assertThat(request.state()).isEqualTo(NameChangeState.REFUSED);
            assertThat(request.refusalReason()).isEqualTo("The evidence names someone else.");
        });
        assertThat(certifications.certification(ccsp.id()).holderName()).isEqualTo("Emma Clarke");
    }

    @Test
    void a_request_needs_the_holders_own_evidence_a_new_name_and_no_other_request_waiting() {
        awards.award(holder.id(), "CCSP", Route.EXAM, today());
        var other = provisioning.createAccount("Other Holder", TestAccounts.uniqueEmail("other"),
                TestAccounts.PASSWORD, Role.MEMBER);
        TestAccounts.signInAs(other);
        UUID someoneElses = evidence();
        TestAccounts.signInAs(holder);

        assertThatExceptionOfType(CertificationRefusedException.class).isThrownBy(() ->
                nameChanges.request(new NameChangeData("Emma New", "Marriage", someoneElses)))
                .withMessageStartingWith("Attach the evidence");
        assertThatExceptionOfType(CertificationRefusedException.class).isThrownBy(() ->
                nameChanges.request(new NameChangeData("Emma Clarke", "No change", evidence())))
                .withMessageContaining("already issued in the name");
        nameChanges.request(new NameChangeData("Emma New", "Marriage", evidence()));
        assertThatExceptionOfType(CertificationRefusedException.class).isThrownBy(() ->
                nameChanges.request(new NameChangeData("Emma Newer", "Again", evidence())))
                .withMessage("You already have a name change waiting for the registrar.");
    }

    @Test
    void only_a_registrar_decides() {
        awards.award(holder.id(), "CCSP", Route.EXAM, today());
        TestAccounts.signInAs(holder);
        var asked = nameChanges.request(new NameChangeData("Emma New", "Marriage", evidence()));

        assertThatExceptionOfType(org.springframework.security.authorization.AuthorizationDeniedException.class)
                .isThrownBy(() -> nameChanges.approve(asked.id()));
    }

    /** A PDF uploaded by whoever is signed in. */
    private UUID evidence() {
        byte[] pdf = SampleFiles.pdf();
        return documents.store(accounts.currentAccount().id(), "marriage-certificate.pdf",
                new ByteArrayInputStream(pdf), pdf.length).id();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
