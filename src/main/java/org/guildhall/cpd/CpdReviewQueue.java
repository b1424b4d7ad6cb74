package org.guildhall.cpd;

import java.util.List;
import java.util.Locale;

import org.guildhall.cpd.domain.CpdQueueRows;
import org.guildhall.identity.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The registrar's queue of new claims and answered audits, a page at a time, searched by the member's name, email
 * or member number: one query for the rows, one for the count, the rulebook from {@link CpdRulebooks}, and no
 * transaction of their own (docs/decisions/constant-statement-lists.md).
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
public class CpdReviewQueue {

    private final CpdQueueRows rows;
    private final CpdRulebooks rulebooks;

    CpdReviewQueue(CpdQueueRows rows, CpdRulebooks rulebooks) {
        this.rows = rows;
        this.rulebooks = rulebooks;
    }

    public List<CpdClaimSummary> page(String search, Pageable page) {
        var rules = rulebooks.remembered();
        return rows.queue(searchText(search), page).stream()
                .map(row -> new CpdClaimSummary(row.id(), row.memberName(), row.memberNumber(), row.title(),
                        row.category(), rules.on(row.endsOn()).type(row.activityType()).orElseThrow()
                                .creditsFor(row.hours(), row.excludedHours()),
                        row.status(), row.submittedAt()))
                .toList();
    }

    public long count(String search) {
        String text = searchText(search);
        return text.isEmpty() ? rows.countAll() : rows.count(text);
    }

    private static String searchText(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }
}
