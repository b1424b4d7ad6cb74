package org.guildhall.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 19, evidence: the stored checksum flags the same file used for two activities, by one member or by two;
 * the registrar sees each other use with its activity and member, the member is never told about others.
 */
@IntegrationTest
class EvidenceReuseIntegrationTest {

    @Autowired CpdService cpd;
    @Autowired CpdReviewService review;
    @Autowired CertificationAwards awards;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired DocumentService documents;
    @Autowired Clock clock;
    CpdTestSupport support;

    @BeforeEach
    void setUp() {
        TestAccounts.ensure(accounts, provisioning);
        support = new CpdTestSupport(provisioning, awards, documents);
    }

    @Test
    void the_same_certificate_uploaded_by_two_members_and_attached_twice_by_one_is_shown_to_the_registrar() {
        byte[] certificate = uniquePdf();
        var first = certified("Yuki Tanaka");
        var second = certified("Omar Haddad");
        TestAccounts.signInAs(first.email(), Role.MEMBER);
        UUID firstCopy = store(first, certificate);
        long firstActivity = cpd.submit(null, CpdTestSupport.workshop("CX summit", today().minusDays(4), "6",
                firstCopy));
        long sameFileAgain = cpd.submit(null, CpdTestSupport.workshop("CX summit, day two", today().minusDays(3),
                "6", firstCopy));
        TestAccounts.signInAs(second.email(), Role.MEMBER);
        UUID secondCopy = store(second, certificate);
        long secondActivity = cpd.submit(null, CpdTestSupport.workshop("CX summit", today().minusDays(4), "6",
                secondCopy));
        long ownFile = cpd.submit(null, CpdTestSupport.workshop("Coaching clinic", today().minusDays(2), "2",
                store(second, uniquePdf())));

        TestAccounts.asRegistrar();
        var seenFromSecond = review.evidenceReuse(secondActivity);
        var seenFromFirst = review.evidenceReuse(firstActivity);

        assertThat(seenFromSecond).extracting(EvidenceReuse::otherActivityId, EvidenceReuse::otherMemberName,
                EvidenceReuse::sameMember, EvidenceReuse::documentId).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(firstActivity, "Yuki Tanaka", false, secondCopy),
                        org.assertj.core.groups.Tuple.tuple(sameFileAgain, "Yuki Tanaka", false, secondCopy));
        assertThat(seenFromFirst).extracting(EvidenceReuse::otherActivityId, EvidenceReuse::sameMember)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(sameFileAgain, true),
                        org.assertj.core.groups.Tuple.tuple(secondActivity, false));
        assertThat(seenFromFirst.getLast().otherStatus()).isEqualTo(CpdActivityStatus.SUBMITTED);
        assertThat(review.evidenceReuse(ownFile)).isEmpty();

        TestAccounts.signInAs(second.email(), Role.MEMBER);
        assertThatExceptionOfType(AccessDeniedException.class)
                .as("a member is not told about another member's evidence")
                .isThrownBy(() -> review.evidenceReuse(secondActivity));
    }

    private AccountSummary certified(String name) {
        var member = support.member(name);
        support.award(member, "CCSP", today().minusYears(1));
        return member;
    }

    private UUID store(AccountSummary owner, byte[] content) {
        return documents.store(owner.id(), "certificate.pdf", new ByteArrayInputStream(content), -1).id();
    }

    /** A PDF no other test has stored: its title is unique. */
    private static byte[] uniquePdf() {
        String title = "Certificate " + System.nanoTime();
        return SampleFiles.craftedPdf((document, page) -> document.getDocumentInformation().setTitle(title));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
