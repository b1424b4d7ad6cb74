package org.guildhall.appeals.internal;

import org.guildhall.appeals.domain.AppealRepository;
import org.guildhall.documents.DocumentReadPermission;
import org.guildhall.documents.DocumentReference;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The documents an appellant lodged with an appeal are read by registrars and by the members of its appeal panel;
 * anyone else gets no more than the owner's own rule. Asked on every read.
 */
@Component
class AppealPanelReadsAppealDocuments implements DocumentReadPermission {

    private final AppealRepository appeals;
    private final AccountService accounts;

    AppealPanelReadsAppealDocuments(AppealRepository appeals, AccountService accounts) {
        this.appeals = appeals;
        this.accounts = accounts;
    }

    @Override
    public boolean mayRead(DocumentReference document, Authentication reader) {
        var holding = appeals.holding(document.id());
        if (holding.isEmpty()) {
            return false;
        }
        if (reader.getAuthorities().stream().anyMatch(a -> "ROLE_REGISTRAR".equals(a.getAuthority()))) {
            return true;
        }
        long readerId = accounts.findByEmail(reader.getName()).map(AccountSummary::id).orElse(-1L);
        return holding.stream().anyMatch(appeal -> appeal.seats(readerId));
    }
}
