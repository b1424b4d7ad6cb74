package org.guildhall.cpd;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.certification.Route;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.SampleFiles;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.jspecify.annotations.Nullable;

/** Members with certifications and activity forms for the CPD integration tests. */
final class CpdTestSupport {

    private final AccountProvisioning provisioning;
    private final CertificationAwards awards;
    private final DocumentService documents;

    CpdTestSupport(AccountProvisioning provisioning, CertificationAwards awards, DocumentService documents) {
        this.provisioning = provisioning;
        this.awards = awards;
        this.documents = documents;
    }

    AccountSummary member(String name) {
        return TestAccounts.account(provisioning, name, Role.MEMBER);
    }

    CertificationSummary award(AccountSummary member, String designation, LocalDate on) {
        return awards.award(member.id(), designation, Route.EXAM, on);
    }

    /** A PDF stored as the signed-in member's document. */
    UUID evidenceOf(AccountSummary member) {
        return documents.store(member.id(), "certificate.pdf", new ByteArrayInputStream(SampleFiles.pdf()), -1).id();
    }

    static CpdActivityData workshop(String title, LocalDate on, String hours, @Nullable UUID evidence) {
        return new CpdActivityData(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", title, "Guildhall Academy", on, on,
                new BigDecimal(hours), BigDecimal.ZERO, null, null, false,
                evidence == null ? List.of() : List.of(evidence));
    }

    /** Approved credits dated from {@code on} back, {@code required} in all, every one of them counted. */
    static void meetRequirement(AutomaticCredits credits, AccountSummary member, int required, LocalDate on) {
        String key = "requirement:" + member.id() + ":";
        credits.record(credit(member.id(), key + 1, CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", on,
                "24"));
        credits.record(credit(member.id(), key + 2, CpdCategory.CONTINUING_EDUCATION, "CONFERENCE",
                on.minusDays(1), "6"));
        credits.record(credit(member.id(), key + 3, CpdCategory.ON_THE_JOB, "CRM_SYSTEM",
                on.minusDays(2), String.valueOf(required - 30)));
    }

    static AutomaticCredit credit(long accountId, String key, CpdCategory category, String type, LocalDate on,
            String hours) {
        return new AutomaticCredit(accountId, key, category, type, "Credit " + key, "Guildhall Events", on,
                new BigDecimal(hours), category == CpdCategory.INSTRUCTION ? "Audience " + key : null);
    }
}
