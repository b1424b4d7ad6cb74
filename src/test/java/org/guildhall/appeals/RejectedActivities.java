package org.guildhall.appeals;

import static org.guildhall.TestAccounts.signInAs;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.Route;
import org.guildhall.cpd.CpdActivityData;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdReviewService;
import org.guildhall.cpd.CpdService;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.SampleFiles;
import org.guildhall.identity.AccountSummary;

/** CPD activities a registrar rejected today, for the appeal tests: a decision a member may appeal. */
public record RejectedActivities(CertificationAwards awards, DocumentService documents, CpdService cpd,
        CpdReviewService review, Clock clock) {

    public static final String REASON = "A product demonstration is marketing, not education.";

    /** Awards the member a CCSP a year ago, logs a webinar with a PDF, and has the reviewer reject it. */
    public long rejected(AccountSummary member, AccountSummary reviewer) {
        var today = LocalDate.now(clock);
        awards.award(member.id(), "CCSP", Route.EXAM, today.minusYears(1));
        signInAs(member);
        var evidence = documents.store(member.id(), "slides.pdf", new ByteArrayInputStream(SampleFiles.pdf()), -1);
        long id = cpd.submit(null, new CpdActivityData(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP",
                "Vendor webinar", "Acme CRM", today.minusDays(3), today.minusDays(3), new BigDecimal("2"),
                BigDecimal.ZERO, null, null, false, List.of(evidence.id())));
        signInAs(reviewer);
        review.reject(id, REASON);
        return id;
    }
}
