package org.guildhall.membership.domain;

/**
 * The institute's settings for the membership year.
 *
 * @param renewalNoticeDays renewal opens (invoice out, status Renewal due) this many days before the term ends
 * @param finalReminderDays the second renewal reminder goes this many days before the term ends
 * @param graceDays after the term ends unpaid, the member is in grace this many days, then lapses
 * @param payWithinDays a new member is in good standing from approval for this many days before paying (0: from
 *        payment only)
 */
public record YearSettings(int renewalNoticeDays, int finalReminderDays, int graceDays, int payWithinDays) {

    public YearSettings {
        if (renewalNoticeDays < 0 || finalReminderDays < 0 || graceDays < 0 || payWithinDays < 0) {
            throw new IllegalArgumentException("Membership year settings are days and cannot be negative");
        }
    }
}
