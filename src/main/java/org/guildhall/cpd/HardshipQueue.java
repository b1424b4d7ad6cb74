package org.guildhall.cpd;

import java.util.List;

import org.guildhall.cpd.domain.HardshipQueueRows;
import org.guildhall.identity.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The registrar's queue of hardship requests waiting for a decision, a page at a time: one query for the rows (the
 * member's name and number joined in), one for the count, and no transaction of their own
 * (docs/decisions/constant-statement-lists.md).
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
public class HardshipQueue {

    private final HardshipQueueRows rows;

    HardshipQueue(HardshipQueueRows rows) {
        this.rows = rows;
    }

    public List<HardshipSummary> page(Pageable page) {
        return rows.queue(HardshipState.REQUESTED, page);
    }

    public long count() {
        return rows.count(HardshipState.REQUESTED);
    }
}
