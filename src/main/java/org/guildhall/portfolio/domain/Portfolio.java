package org.guildhall.portfolio.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.portfolio.PortfolioContent;
import org.guildhall.portfolio.PortfolioStatus;
import org.guildhall.portfolio.PortfolioDetails;
import org.guildhall.portfolio.PortfolioDetails.VersionDetails;
import org.jspecify.annotations.Nullable;

/**
 * A candidate's experience-route portfolio for one designation. The candidate edits the current version until they
 * submit it; it then stays frozen unless the panel asks for a resubmission, which opens the next version as a copy.
 */
@Entity
@Table(name = "portfolio")
public class Portfolio {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long candidateAccountId;

    private String designationCode;

    @Enumerated(EnumType.STRING)
    private PortfolioStatus status;

    private @Nullable String guidance;

    /** The last day the candidate may submit the version a panel asked for (the resubmission window). */
    private @Nullable LocalDate resubmitBy;

    private Instant openedAt;

    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "portfolio_id", insertable = false, updatable = false)
    @OrderBy("number")
    private List<PortfolioVersion> versions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "portfolio_letter", joinColumns = @JoinColumn(name = "portfolio_id"))
    @OrderColumn(name = "position")
    private List<LetterEntry> letters = new ArrayList<>();

    protected Portfolio() {
    }

    public Portfolio(long candidateAccountId, String designationCode, Instant now) {
        this.candidateAccountId = candidateAccountId;
        this.designationCode = designationCode;
        this.status = PortfolioStatus.DRAFT;
        this.openedAt = now;
        this.updatedAt = now;
    }

    /** Called once the portfolio has its id: the first version refers to it. */
    public PortfolioVersion startFirstVersion() {
        var first = new PortfolioVersion(id, 1, PortfolioContent.empty());
        versions.add(first);
        return first;
    }

    public void saveDraft(PortfolioContent content, Instant now) {
        requireEditable();
        current().replaceContent(content);
        this.updatedAt = now;
    }

    /** Whether the resubmission window closed before {@code today}: the panel's request has lapsed. */
    public boolean resubmissionWindowClosed(LocalDate today) {
        return status == PortfolioStatus.RESUBMISSION_REQUESTED && resubmitBy != null && today.isAfter(resubmitBy);
    }

    public @Nullable LocalDate resubmitBy() {
        return resubmitBy;
    }

    /** Freezes the current version; the caller has checked completeness and the resubmission window. */
    public void submit(Instant now) {
        requireEditable();
        current().submit(now);
        this.status = PortfolioStatus.SUBMITTED;
        this.guidance = null;
        this.resubmitBy = null;
        this.updatedAt = now;
    }

    /** The panel asks for more: the next version starts as a copy of the one judged, and the candidate edits it. */
    public PortfolioVersion reopen(String panelGuidance, LocalDate lastDay, Instant now) {
        if (status != PortfolioStatus.SUBMITTED) {
            throw new IllegalStateException("Only a submitted portfolio is reopened, not one " + status);
        }
        var next = new PortfolioVersion(id, current().number() + 1, current().content());
        versions.add(next);
        this.status = PortfolioStatus.RESUBMISSION_REQUESTED;
        this.guidance = panelGuidance;
        this.resubmitBy = lastDay;
        this.updatedAt = now;
        return next;
    }

    public void conclude(PortfolioStatus outcome, Instant now) {
        if (outcome != PortfolioStatus.AWARDED && outcome != PortfolioStatus.DECLINED) {
            throw new IllegalArgumentException("A portfolio concludes awarded or declined, not " + outcome);
        }
        this.status = outcome;
        this.updatedAt = now;
    }

    public void addLetter(String outcome, UUID documentId, LocalDate issuedOn, Instant now) {
        letters.add(new LetterEntry(outcome, documentId, issuedOn));
        this.updatedAt = now;
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new IllegalStateException("The portfolio is " + status + " and cannot change");
        }
    }

    public PortfolioVersion current() {
        return versions.getLast();
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long candidateAccountId() {
        return candidateAccountId;
    }

    public String designationCode() {
        return designationCode;
    }

    public PortfolioStatus status() {
        return status;
    }

    public PortfolioDetails toView(String candidateName) {
        List<VersionDetails> earlier = versions.subList(0, versions.size() - 1).stream()
                .map(PortfolioVersion::toView).toList().reversed();
        return new PortfolioDetails(id, version, candidateAccountId, candidateName, designationCode, status, openedAt,
                guidance, resubmitBy, current().toView(), earlier, letters.stream().map(LetterEntry::toRecord).toList());
    }
}
