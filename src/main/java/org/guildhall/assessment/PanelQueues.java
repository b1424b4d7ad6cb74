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
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The registrar's portfolios waiting for a panel and panels at work, a page of list rows and a count each, and an
 * assessor's own queue in a fixed number of queries whatever its length (panels with seats, their submitted scores,
 * the candidates' names), all without a transaction of their own (docs/decisions/constant-statement-lists.md).
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

    /** A page of the submitted portfolios whose submitted version has no panel yet, oldest first. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public List<WaitingPortfolioSummary> waitingForPanel(Pageable page) {
        return rows.waitingForPanel(PortfolioStatus.SUBMITTED, page);
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public long countWaitingForPanel() {
        return rows.countWaitingForPanel(PortfolioStatus.SUBMITTED);
    }

    /**
     * A page of the panels still at work, soonest due first. For the registrar, who holds no seat, a panel is
     * overdue once its due date has passed with any active seat's score still out.
     */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public List<PanelSummary> openPanels(Pageable page) {
        var today = records.today();
        return rows.open(PanelStatus.DECIDED, page).stream()
                .map(row -> new PanelSummary(row.panelId(), row.candidateName(), row.designationCode(), row.dueOn(),
                        row.status(), (int) row.scoresIn(), (int) row.seats(),
                        today.isAfter(row.dueOn()) && row.scoresIn() < row.seats(), false))
                .toList();
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public long countOpenPanels() {
        return rows.countOpen(PanelStatus.DECIDED);
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
