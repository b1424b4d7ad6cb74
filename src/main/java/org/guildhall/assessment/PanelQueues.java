package org.guildhall.assessment;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.guildhall.assessment.domain.Panel;
import org.guildhall.assessment.domain.PanelRows;
import org.guildhall.identity.AccountDirectory;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The registrar's portfolios waiting for a panel and panels at work, and an assessor's own queue, each in a fixed
 * number of queries whatever their length (panels with seats, their submitted scores, the candidates' names) and
 * without a transaction of their own (docs/decisions/constant-statement-lists.md).
 */
@Service
public class PanelQueues {

    private final PanelRows rows;
    private final PanelRecords records;
    private final AccountService accounts;
    private final AccountDirectory directory;

    PanelQueues(PanelRows rows, PanelRecords records, AccountService accounts, AccountDirectory directory) {
        this.rows = rows;
        this.records = records;
        this.accounts = accounts;
        this.directory = directory;
    }

    /** Submitted portfolios whose submitted version has no panel yet, oldest first. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public List<WaitingPortfolioSummary> waitingForPanel() {
        return rows.waitingForPanel(PortfolioStatus.SUBMITTED);
    }

    /** Panels still at work, soonest due first. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public List<PanelSummary> openPanels() {
        return summaries(rows.openWithSeats(PanelStatus.DECIDED), accounts.currentAccount().id());
    }

    /** The signed-in assessor's panels: open ones first, soonest due first. */
    @PreAuthorize("hasRole('" + Role.Names.ASSESSOR + "')")
    public List<PanelSummary> myQueue() {
        long me = accounts.currentAccount().id();
        return summaries(rows.seatedOnWithSeats(me), me).stream()
                .sorted(Comparator.comparing(summary -> summary.status() == PanelStatus.DECIDED))
                .toList();
    }

    private List<PanelSummary> summaries(List<Panel> panels, long readerId) {
        if (panels.isEmpty()) {
            return List.of();
        }
        var ids = panels.stream().map(Panel::id).toList();
        Set<PanelRows.SubmittedScore> submitted = new HashSet<>(rows.submittedScores(ids));
        var names = directory.namesOf(panels.stream().map(Panel::candidateAccountId).toList());
        return panels.stream().map(panel -> records.summary(panel, readerId,
                seat -> submitted.contains(new PanelRows.SubmittedScore(panel.id(), seat)),
                names.getOrDefault(panel.candidateAccountId(), ""))).toList();
    }
}
