package org.guildhall.membership;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.documents.DocumentNotFoundException;
import org.guildhall.documents.DocumentReference;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.SampleFiles;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Issue 3, "Access": an application's documents are seen by their owner and registrars, nobody else. */
@IntegrationTest
class ApplicationDocumentsIntegrationTest {

    private static final EligibilityAnswers FOREIGN_LICENSEE = new EligibilityAnswers(StudyMode.NOT_STUDYING,
            false, false, false, false, true, false, false, Set.of());

    @Autowired MembershipService memberships;
    @Autowired DocumentService documents;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;

    private AccountSummary applicant;
    private DocumentReference licence;
    private long applicationId;

    @BeforeEach
    void anApplicationWithItsForeignLicence() {
        TestAccounts.ensure(accounts, provisioning);
        applicant = accounts.register("Adaeze Nwosu", TestAccounts.uniqueEmail("adaeze"), TestAccounts.PASSWORD).orElseThrow();
        TestAccounts.signInAs(applicant.email(), Role.APPLICANT);
        byte[] pdf = SampleFiles.pdf();
        licence = documents.store(applicant.id(), "licence.pdf", new ByteArrayInputStream(pdf), pdf.length);
        memberships.saveDraft(FOREIGN_LICENSEE, MembershipCategory.ASSOCIATE);
        applicationId = memberships.attachDocuments(List.of(licence.id())).id();
    }

    @Test
    void the_registrar_reads_the_documents_of_an_application() {
        TestAccounts.asRegistrar();

        assertThat(memberships.review(applicationId).documentIds()).containsExactly(licence.id());
        assertThat(documents.find(licence.id())).contains(licence);
    }

    @Test
    void another_applicant_asking_for_the_document_by_id_is_refused() {
        var other = accounts.register("Nosy Parker", TestAccounts.uniqueEmail("nosy"), TestAccounts.PASSWORD).orElseThrow();
        TestAccounts.signInAs(other.email(), Role.APPLICANT);

        assertThat(documents.find(licence.id())).isEmpty();
        assertThat(catchThrowable(() -> documents.open(licence.id())))
                .isInstanceOfAny(AccessDeniedException.class, DocumentNotFoundException.class);
    }

    @Test
    void a_sponsor_never_sees_the_applicants_documents() {
        var sponsor = provisioning.createAccount("Grace Lindqvist", TestAccounts.uniqueEmail("grace"),
                TestAccounts.PASSWORD, Role.MEMBER);
        memberships.enrolExistingMember(sponsor.id(), MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL,
                LocalDate.of(2020, 1, 1));
        TestAccounts.signInAs(sponsor.email(), Role.MEMBER);

        assertThat(documents.findAll(List.of(licence.id()))).isEmpty();
    }

    @Test
    void documents_cannot_change_once_the_application_is_submitted() {
        memberships.submit();

        assertThatExceptionOfType(ApplicationNotAllowedException.class)
                .isThrownBy(() -> memberships.attachDocuments(List.of()));
        assertThat(memberships.currentApplication().orElseThrow().documentIds()).containsExactly(licence.id());
    }
}
