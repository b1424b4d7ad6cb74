package org.guildhall.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.guildhall.identity.AccountService;
import org.guildhall.portfolio.PortfolioEvents.PortfolioOpened;
import org.guildhall.portfolio.PortfolioEvents.PortfolioSubmitted;
import org.guildhall.portfolio.domain.Portfolio;
import org.guildhall.portfolio.domain.PortfolioRepository;
import org.guildhall.portfolio.domain.PortfolioRules;
import org.guildhall.portfolio.domain.PortfolioRulesRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static java.util.Objects.requireNonNull;

/**
 * Portfolios from the candidate's side (their own only; anyone else's id is "not found"), and the few operations
 * the reviewer workspace drives: reading a portfolio for a panel, reopening it for resubmission, concluding it.
 * Those take no caller check here: the assessment module authorises its own callers (panel members, registrars).
 */
@Service
@Transactional(readOnly = true)
public class PortfolioService {

    private static final EnumSet<PortfolioStatus> IN_PROGRESS = EnumSet.of(PortfolioStatus.DRAFT,
            PortfolioStatus.SUBMITTED, PortfolioStatus.RESUBMISSION_REQUESTED);

    private final PortfolioRepository portfolios;
    private final PortfolioRulesRepository rules;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManager entityManager;
    private final TransactionTemplate ownTransaction;

    PortfolioService(PortfolioRepository portfolios, PortfolioRulesRepository rules, AccountService accounts,
            ApplicationEventPublisher events, Clock clock, EntityManager entityManager,
            PlatformTransactionManager transactionManager) {
        this.entityManager = entityManager;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.portfolios = portfolios;
        this.rules = rules;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
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
        events.publishEvent(new PortfolioOpened(portfolio.id(), candidateAccountId, designationCode));
        return portfolio.id();
    }

    private Optional<Long> inProgress(long candidateAccountId, String designationCode) {
        return portfolios.findByCandidateAccountIdOrderByOpenedAtDesc(candidateAccountId).stream()
                .filter(p -> p.designationCode().equals(designationCode) && IN_PROGRESS.contains(p.status()))
                .findFirst().map(Portfolio::id);
    }

    @PreAuthorize("isAuthenticated()")
    public List<PortfolioView> myPortfolios() {
        var me = accounts.currentAccount();
        return portfolios.findByCandidateAccountIdOrderByOpenedAtDesc(me.id()).stream()
                .map(portfolio -> portfolio.toView(me.fullName())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public PortfolioView myPortfolio(long portfolioId) {
        return mine(portfolioId).toView(accounts.currentAccount().fullName());
    }

    /** Saves the candidate's edits to the current version, if nobody saved it since {@code seenVersion}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PortfolioView saveDraft(long portfolioId, long seenVersion, PortfolioContent content) {
        var portfolio = mineAt(portfolioId, seenVersion);
        if (!portfolio.status().isEditable()) {
            throw new PortfolioRefusedException("This portfolio is " + portfolio.status().description().toLowerCase()
                    + " and cannot be changed now.");
        }
        portfolio.saveDraft(content, clock.instant());
        return flushed(portfolio);
    }

    /** What the portfolio still lacks before it can be submitted; empty when complete. */
    public List<String> missingForSubmission(PortfolioContent content) {
        return currentRules().missing(content);
    }

    /** Freezes the current version and sends it for assessment; refused with the list of what is missing. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PortfolioView submit(long portfolioId, long seenVersion) {
        var portfolio = mineAt(portfolioId, seenVersion);
        if (!portfolio.status().isEditable()) {
            throw new PortfolioRefusedException("This portfolio has already been submitted.");
        }
        var missing = currentRules().missing(portfolio.current().content());
        if (!missing.isEmpty()) {
            throw new PortfolioRefusedException("The portfolio is not complete yet. " + String.join(" ", missing));
        }
        var now = clock.instant();
        portfolio.submit(now);
        events.publishEvent(new PortfolioSubmitted(portfolio.id(), portfolio.candidateAccountId(),
                portfolio.designationCode(), portfolio.current().number(), now));
        return flushed(portfolio);
    }

    private PortfolioView flushed(Portfolio portfolio) {
        try {
            return portfolios.saveAndFlush(portfolio).toView(accounts.currentAccount().fullName());
        } catch (ObjectOptimisticLockingFailureException savedMeanwhile) {
            throw new PortfolioChangedConcurrentlyException();
        }
    }

    /** Any portfolio, for the reviewer workspace, which has checked the caller sits on its panel or is staff. */
    public PortfolioView portfolio(long portfolioId) {
        var portfolio = portfolios.findById(portfolioId)
                .orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
        return portfolio.toView(accounts.summaryOf(portfolio.candidateAccountId()).fullName());
    }

    /** Submitted portfolios, oldest first, for the registrar to form panels. */
    @PreAuthorize("hasRole('REGISTRAR')")
    public List<PortfolioView> submitted() {
        return portfolios.findByStatusOrderByUpdatedAtAsc(PortfolioStatus.SUBMITTED).stream()
                .map(portfolio -> portfolio.toView(accounts.summaryOf(portfolio.candidateAccountId()).fullName()))
                .toList();
    }

    /** The portfolios a document belongs to, for deciding who may read it. */
    public List<Long> portfoliosHolding(UUID documentId) {
        return portfolios.findIdsHoldingDocument(documentId);
    }

    /** The panel asks for a resubmission: the candidate gets its guidance and edits a new version. */
    @Transactional
    public void reopenForResubmission(long portfolioId, String guidance) {
        find(portfolioId).reopen(guidance, clock.instant());
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

    private PortfolioRules currentRules() {
        return rules.findById(1).orElseThrow(() -> new IllegalStateException("portfolio_rules has no row"));
    }

    private Portfolio find(long portfolioId) {
        return portfolios.findById(portfolioId).orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
    }

    private Portfolio mine(long portfolioId) {
        long me = accounts.currentAccount().id();
        return portfolios.findById(portfolioId).filter(p -> p.candidateAccountId() == me)
                .orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
    }

    private Portfolio mineAt(long portfolioId, long seenVersion) {
        if (mine(portfolioId).version() != seenVersion) {
            throw new PortfolioChangedConcurrentlyException();
        }
        var portfolio = mine(portfolioId);
        // Bumps the version now: an edit may change only a version's rows, which would not bump it by itself.
        entityManager.lock(portfolio, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return portfolio;
    }
}
