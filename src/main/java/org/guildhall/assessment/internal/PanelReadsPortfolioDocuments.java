package org.guildhall.assessment.internal;

import org.guildhall.assessment.domain.PanelRepository;
import org.guildhall.documents.DocumentReadPermission;
import org.guildhall.documents.DocumentReference;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.portfolio.PortfolioService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A portfolio's documents are read by the assessors seated on a panel for it and by registrars; nobody else gets
 * more than the owner's own rule. Asked on every read, so an assessor who recused loses access at once.
 */
@Component
class PanelReadsPortfolioDocuments implements DocumentReadPermission {

    private final PortfolioService portfolios;
    private final PanelRepository panels;
    private final AccountService accounts;

    PanelReadsPortfolioDocuments(PortfolioService portfolios, PanelRepository panels, AccountService accounts) {
        this.portfolios = portfolios;
        this.panels = panels;
        this.accounts = accounts;
    }

    @Override
    public boolean mayRead(DocumentReference document, Authentication reader) {
        var portfolioIds = portfolios.portfoliosHolding(document.id());
        if (portfolioIds.isEmpty()) {
            return false;
        }
        if (reader.getAuthorities().stream().anyMatch(a -> "ROLE_REGISTRAR".equals(a.getAuthority()))) {
            return true;
        }
        long readerId = accounts.findByEmail(reader.getName()).map(AccountSummary::id).orElse(-1L);
        return portfolioIds.stream().flatMap(id -> panels.findByPortfolioId(id).stream())
                .anyMatch(panel -> panel.activeSeatOf(readerId).isPresent());
    }
}
