package org.guildhall.portfolio.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.guildhall.portfolio.PortfolioContent;
import org.guildhall.portfolio.PortfolioDetails.VersionDetails;
import org.jspecify.annotations.Nullable;

/**
 * One numbered version of a portfolio's content. Once submitted it is the immutable record the panel judged:
 * {@link #replaceContent} refuses, and a resubmission is written as the next version.
 */
@Entity
@Table(name = "portfolio_version")
public class PortfolioVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "portfolio_id")
    private long portfolioId;

    private int number;

    private @Nullable Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "portfolio_project", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<ProjectEntry> projects = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "portfolio_evidence", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<EvidenceEntry> evidence = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "portfolio_reference", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<ReferenceEntry> references = new ArrayList<>();

    protected PortfolioVersion() {
    }

    PortfolioVersion(long portfolioId, int number, PortfolioContent content) {
        this.portfolioId = portfolioId;
        this.number = number;
        write(content);
    }

    void replaceContent(PortfolioContent content) {
        if (submittedAt != null) {
            throw new IllegalStateException("Version " + number + " was submitted and is frozen");
        }
        write(content);
    }

    private void write(PortfolioContent content) {
        projects.clear();
        content.projects().forEach(project -> projects.add(new ProjectEntry(project)));
        evidence.clear();
        content.evidence().forEach(item -> evidence.add(new EvidenceEntry(item)));
        references.clear();
        content.references().forEach(reference -> references.add(new ReferenceEntry(reference)));
    }

    void submit(Instant now) {
        this.submittedAt = now;
    }

    public int number() {
        return number;
    }

    public @Nullable Instant submittedAt() {
        return submittedAt;
    }

    public PortfolioContent content() {
        return new PortfolioContent(projects.stream().map(ProjectEntry::toRecord).toList(),
                evidence.stream().map(EvidenceEntry::toRecord).toList(),
                references.stream().map(ReferenceEntry::toRecord).toList());
    }

    VersionDetails toView() {
        return new VersionDetails(number, submittedAt, content());
    }
}
