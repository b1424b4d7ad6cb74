package org.guildhall.assessment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.TestAccounts;
import org.guildhall.assessment.domain.ReviewPacketTest;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.SampleFiles;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.Evidence;
import org.guildhall.portfolio.KeyProject;
import org.guildhall.portfolio.PortfolioContent;
import org.guildhall.portfolio.PortfolioDetails;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.portfolio.Reference;

/** Complete CCSM portfolios submitted by their candidates, ready for a panel, for the assessment tests. */
public final class SubmittedPortfolios {

    public static final String DESIGNATION = "CCSM";

    private final PortfolioService portfolios;
    private final PortfolioLifecycle lifecycle;
    private final DocumentService documents;

    public SubmittedPortfolios(PortfolioService portfolios, PortfolioLifecycle lifecycle, DocumentService documents) {
        this.portfolios = portfolios;
        this.lifecycle = lifecycle;
        this.documents = documents;
    }

    /** Two projects, a 2-page PDF and a PNG as evidence, two one-page reference letters; signs in as the candidate. */
    public long submittedBy(AccountSummary candidate) {
        var saved = saved(candidate);
        portfolios.submit(saved.id(), saved.version());
        return saved.id();
    }

    /** The same complete portfolio saved as a draft, for the candidate to submit; signs in as the candidate. */
    public long draftBy(AccountSummary candidate) {
        return saved(candidate).id();
    }

    private PortfolioDetails saved(AccountSummary candidate) {
        TestAccounts.signInAs(candidate.email(), candidate.roles().toArray(Role[]::new));
        long id = lifecycle.open(candidate.id(), DESIGNATION);
        var csat = store(candidate, "csat-report.pdf", pdf(2));
        var dashboard = store(candidate, "queue-dashboard.png", SampleFiles.png());
        var letter1 = store(candidate, "reference-grace.pdf", pdf(1));
        var letter2 = store(candidate, "reference-liam.pdf", pdf(1));
        var content = new PortfolioContent(List.of(project("Routing redesign"), project("Complaints desk")),
                List.of(new Evidence(csat, "CSAT rose from 71 to 83 after the routing redesign"),
                        new Evidence(dashboard, "Service-level dashboard, before and after")),
                List.of(new Reference("Grace Lindqvist", "grace@example.org", "Former head of operations", letter1),
                        new Reference("Liam O'Connor", "+44 20 7946 0000", "Client", letter2)));
        return portfolios.saveDraft(id, portfolios.myPortfolio(id).version(), content);
    }

    private UUID store(AccountSummary owner, String name, byte[] bytes) {
        return documents.store(owner.id(), name, new ByteArrayInputStream(bytes), bytes.length).id();
    }

    private static byte[] pdf(int pages) {
        try {
            return ReviewPacketTest.pdfOfPages(pages);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyProject project(String title) {
        return new KeyProject(title, "Programme lead", LocalDate.of(2023, 1, 9), LocalDate.of(2023, 11, 30),
                "Redesigned how calls are routed across three sites.", "Abandon rate down from 11% to 4%.");
    }
}
