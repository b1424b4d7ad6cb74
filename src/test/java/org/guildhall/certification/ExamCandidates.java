package org.guildhall.certification;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.guildhall.TestAccounts;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.SampleFiles;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;

/** Candidates for the exam route, shared by the certification tests. */
final class ExamCandidates {

    private ExamCandidates() {
    }

    /** A new member, signed in. */
    static AccountSummary member(AccountProvisioning provisioning, String name) {
        var account = TestAccounts.account(provisioning, name, Role.MEMBER);
        TestAccounts.signInAs(account);
        return account;
    }

    /** A signed-in member with three years in customer service and every required course certificate. */
    static AccountSummary eligibleCandidate(AccountProvisioning provisioning, EligibilityService eligibility,
            DocumentService documents, Clock clock, String name) {
        var account = member(provisioning, name);
        eligibility.addWorkPeriod("Contoso Retail", "Customer Care Specialist", LocalDate.now(clock).minusYears(3),
                null, ExperienceKind.CUSTOMER_SERVICE_ROLE, "Escalations and loyalty-scheme queries.");
        byte[] pdf = SampleFiles.pdf();
        eligibility.courses().stream().filter(ExamCourse::required).forEach(course -> {
            var stored = documents.store(account.id(), course.code() + ".pdf", new ByteArrayInputStream(pdf),
                    pdf.length);
            eligibility.setCourseCertificates(course.code(), List.of(stored.id()));
        });
        return account;
    }
}
