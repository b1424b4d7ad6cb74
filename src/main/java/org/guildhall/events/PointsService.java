package org.guildhall.events;

import org.guildhall.events.domain.PointsEntry;
import org.guildhall.events.domain.PointsEntryRepository;
import org.guildhall.identity.AccountService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Membership points (seed 000): what attending events has earned a member. */
@Service
@Transactional(readOnly = true)
public class PointsService {

    private final PointsEntryRepository points;
    private final AccountService accounts;

    PointsService(PointsEntryRepository points, AccountService accounts) {
        this.points = points;
        this.accounts = accounts;
    }

    @PreAuthorize("isAuthenticated()")
    public PointsStatement myPoints() {
        return statementOf(accounts.currentAccount().id());
    }

    /** Any member's points, for other modules' services, which authorise their own callers. */
    public PointsStatement statementOf(long accountId) {
        var entries = points.findByAccountIdOrderByEarnedOnDescIdDesc(accountId);
        return new PointsStatement(entries.stream().mapToInt(PointsEntry::points).sum(),
                entries.stream().map(PointsEntry::toEntry).toList());
    }
}
