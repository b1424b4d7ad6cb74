package org.guildhall.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

import org.guildhall.portfolio.PortfolioEvents.PortfolioOpened;
import org.guildhall.portfolio.domain.Portfolio;
import org.guildhall.portfolio.domain.PortfolioRepository;
import org.guildhall.shared.ForOtherModules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static java.util.Objects.requireNonNull;

/**
 * The steps other modules take on a portfolio: opening it when the experience route opens (certification), and the
 * panel's resubmission request, outcome and decision letter (assessment). Each caller has authorised the step; no
 * view may call these.
 */
@Service
@ForOtherModules
@NamedInterface("api")
public class PortfolioLifecycle {

    private static final EnumSet<PortfolioStatus> IN_PROGRESS = EnumSet.of(PortfolioStatus.DRAFT,
            PortfolioStatus.SUBMITTED, PortfolioStatus.RESUBMISSION_REQUESTED);

    private final PortfolioRepository portfolios;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    PortfolioLifecycle(PortfolioRepository portfolios, ApplicationEventPublisher publisher, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.portfolios = portfolios;
        this.publisher = publisher;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Opens a portfolio when the experience route opens for a candidate; a candidate already preparing or under
     * assessment for that designation keeps the one they have. Returns the open portfolio's id. Of two openings
     * racing each other (the event delivered twice at once), the unique key {@code uk_portfolio_in_progress} stops
     * the second, which then returns the first one's portfolio: each attempt runs in a transaction of its own, so
     * the refused insert does not spoil the caller's.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long open(long candidateAccountId, String designationCode) {
        try {
            return requireNonNull(ownTransaction.execute(status -> openedNow(candidateAccountId, designationCode)));
        } catch (DataIntegrityViolationException openedMeanwhile) {
            return requireNonNull(ownTransaction.execute(status -> inProgress(candidateAccountId, designationCode)
                    .orElseThrow(() -> openedMeanwhile)));
        }
    }

    private long openedNow(long candidateAccountId, String designationCode) {
        var existing = inProgress(candidateAccountId, designationCode);
        if (existing.isPresent()) {
            return existing.get();
        }
        var portfolio = portfolios.saveAndFlush(new Portfolio(candidateAccountId, designationCode, clock.instant()));
        portfolio.startFirstVersion();
        publisher.publishEvent(new PortfolioOpened(portfolio.id(), candidateAccountId, designationCode));
        return portfolio.id();
    }

    private Optional<Long> inProgress(long candidateAccountId, String designationCode) {
        return portfolios.findByCandidateAccountIdOrderByOpenedAtDesc(candidateAccountId).stream()
                .filter(p -> p.designationCode().equals(designationCode) && IN_PROGRESS.contains(p.status()))
                .findFirst().map(Portfolio::id);
    }

    /**
     * The panel asks for a resubmission: the candidate gets its guidance and edits a new version, to be submitted
     * by {@code lastDay} (the resubmission window).
     */
    @Transactional
    public void reopenForResubmission(long portfolioId, String guidance, LocalDate lastDay) {
        find(portfolioId).reopen(guidance, lastDay, clock.instant());
    }

    /** The panel's final outcome: awarded or declined. */
    @Transactional
    public void conclude(long portfolioId, PortfolioStatus outcome) {
        find(portfolioId).conclude(outcome, clock.instant());
    }

    /** Files a decision letter (a PDF the candidate owns) where the candidate reads it. */
    @Transactional
    public void fileLetter(long portfolioId, String outcome, UUID letterDocumentId) {
        find(portfolioId).addLetter(outcome, letterDocumentId, LocalDate.now(clock), clock.instant());
    }

    private Portfolio find(long portfolioId) {
        return portfolios.findById(portfolioId).orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
    }
}
