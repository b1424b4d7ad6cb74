package org.guildhall.cpd.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.guildhall.cpd.CpdActivityStatus;
import org.guildhall.cpd.CpdCategory;

/** An activity as the compliance walk reads it: whose it is and what its credits are weighed by. */
public record WeighedActivity(long accountId, long id, CpdCategory category, String activityType,
        LocalDate endsOn, BigDecimal hours, BigDecimal excludedHours, CpdActivityStatus status) {

    public LedgerEntry toEntry() {
        return new LedgerEntry(id, CpdClaim.weighed(category, activityType, endsOn, hours, excludedHours), status);
    }
}
