package org.guildhall.appeals.internal;

import org.guildhall.appeals.AppealKind;
import org.guildhall.appeals.domain.AppealRepository;
import org.guildhall.assessment.PanelAppeals;
import org.guildhall.documents.DocumentReadPermission;
import org.guildhall.documents.DocumentReference;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The members of an appeal panel hearing a panel's decision read the original file (ISO/IEC 17024, 9.8: the appeal
 * is heard on the file the decision was taken on): the portfolio's documents the panel judged and the decision
 * letter. Nobody else gets more than the owner's or the original panel's rule. Asked on every read.
 */
@Component
class AppealPanelReadsOriginalFile implements DocumentReadPermission {

    private final PanelAppeals panels;
    private final AppealRepository appeals;
    private final AccountService accounts;

    AppealPanelReadsOriginalFile(PanelAppeals panels, AppealRepository appeals, AccountService accounts) {
        this.panels = panels;
        this.appeals = appeals;
        this.accounts = accounts;
    }

    @Override
    public boolean mayRead(DocumentReference document, Authentication reader) {
        var decisions = panels.decisionsHolding(document.id());
        if (decisions.isEmpty()) {
            return false;
        }
        long readerId = accounts.findByEmail(reader.getName()).map(AccountSummary::id).orElse(-1L);
        return appeals.findByKindAndDecisionIdIn(AppealKind.PANEL_DECISION, decisions).stream()
                .anyMatch(appeal -> appeal.seats(readerId));
    }
}
