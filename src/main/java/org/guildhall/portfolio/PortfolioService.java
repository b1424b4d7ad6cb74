package org.guildhall.portfolio;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioEvents.PortfolioSubmitted;
import org.guildhall.portfolio.domain.Portfolio;
import org.guildhall.portfolio.domain.PortfolioRepository;
import org.guildhall.portfolio.domain.PortfolioRules;
import org.guildhall.portfolio.domain.PortfolioRulesRepository;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Portfolios from the candidate's side (their own only; anyone else's id is "not found"), and the few operations
 * the reviewer workspace drives: reading a portfolio for a panel, reopening it for resubmission, concluding it.
 * Those take no caller check here: the assessment module authorises its own callers (panel members, registrars).
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class PortfolioService {

    private final PortfolioRepository portfolios;
    private final PortfolioRulesRepository rules;
    private final AccountService accounts;
    private final DocumentService documents;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final EntityManager entityManager;

    PortfolioService(PortfolioRepository portfolios, PortfolioRulesRepository rules, AccountService accounts,
            DocumentService documents, ApplicationEventPublisher publisher, Clock clock, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.documents = documents;
        this.portfolios = portfolios;
        this.rules = rules;
        this.accounts = accounts;
        this.publisher = publisher;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<PortfolioDetails> myPortfolios() {
        var me = accounts.currentAccount();
        return portfolios.findByCandidateAccountIdOrderByOpenedAtDesc(me.id()).stream()
                .map(portfolio -> portfolio.toView(me.fullName())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public PortfolioDetails myPortfolio(long portfolioId) {
        return mine(portfolioId).toView(accounts.currentAccount().fullName());
    }

    /**
     * Saves the candidate's edits to the current version, if nobody saved it since {@code seenVersion}. Evidence and
     * reference letters must be documents the candidate uploaded.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PortfolioDetails saveDraft(long portfolioId, long seenVersion, PortfolioContent content) {
        var portfolio = mineAt(portfolioId, seenVersion);
        if (!portfolio.status().isEditable()) {
            throw new PortfolioRefusedException(Text.of("portfolio.save.not-editable",
                    Text.of(portfolio.status().descriptionKey())));
        }
        if (!documents.allOwnedBySignedIn(content.documentIds())) {
            throw new PortfolioRefusedException("portfolio.save.not-own-documents");
        }
        portfolio.saveDraft(content, clock.instant());
        return flushed(portfolio);
    }

    /** What the portfolio still lacks before it can be submitted; empty when complete. */
    public List<Text> missingForSubmission(PortfolioContent content) {
        return currentRules().missing(content);
    }

    /** Freezes the current version and sends it for assessment; refused with the list of what is missing. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PortfolioDetails submit(long portfolioId, long seenVersion) {
        var portfolio = mineAt(portfolioId, seenVersion);
        if (!portfolio.status().isEditable()) {
            throw new PortfolioRefusedException("portfolio.submit.already");
        }
        if (portfolio.resubmissionWindowClosed(java.time.LocalDate.now(clock))) {
            throw new PortfolioRefusedException(Text.of("portfolio.submit.window-closed", portfolio.resubmitBy()));
        }
        var missing = currentRules().missing(portfolio.current().content());
        if (!missing.isEmpty()) {
            // Three kinds of content at most: each shortfall fills one place of the message.
            var shortfalls = new ArrayList<@Nullable Object>(missing);
            while (shortfalls.size() < 3) {
                shortfalls.add(null);
            }
            throw new PortfolioRefusedException(Text.of("portfolio.submit.incomplete", shortfalls.toArray()));
        }
        var now = clock.instant();
        portfolio.submit(now);
        publisher.publishEvent(new PortfolioSubmitted(portfolio.id(), portfolio.candidateAccountId(),
                portfolio.designationCode(), portfolio.current().number(), now));
        return flushed(portfolio);
    }

    private PortfolioDetails flushed(Portfolio portfolio) {
        try {
            return portfolios.saveAndFlush(portfolio).toView(accounts.currentAccount().fullName());
        } catch (ObjectOptimisticLockingFailureException savedMeanwhile) {
            throw new PortfolioChangedConcurrentlyException();
        }
    }

    /** Any portfolio, for the reviewer workspace, which has checked the caller sits on its panel or is staff. */
    public PortfolioDetails portfolio(long portfolioId) {
        var portfolio = portfolios.findById(portfolioId)
                .orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
        return portfolio.toView(accounts.summaryOf(portfolio.candidateAccountId()).fullName());
    }

    /**
     * The referees named in the candidate's portfolios (each one's latest version), for the reviewer workspace's
     * conflict check, which authorises its own callers.
     */
    public List<Reference> refereesOf(long candidateAccountId) {
        return portfolios.findByCandidateAccountIdOrderByOpenedAtDesc(candidateAccountId).stream()
                .flatMap(portfolio -> portfolio.current().content().references().stream()).toList();
    }

    /** The designations the candidate has portfolios for, for the reviewer workspace's checks. */
    public List<String> designationsOf(long candidateAccountId) {
        return portfolios.findByCandidateAccountIdOrderByOpenedAtDesc(candidateAccountId).stream()
                .map(Portfolio::designationCode).distinct().toList();
    }

    /** The portfolios a document belongs to, for deciding who may read it. */
    public List<Long> portfoliosHolding(UUID documentId) {
        return portfolios.findIdsHoldingDocument(documentId);
    }

    private PortfolioRules currentRules() {
        return rules.findById(1).orElseThrow(() -> new IllegalStateException("portfolio_rules has no row"));
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
