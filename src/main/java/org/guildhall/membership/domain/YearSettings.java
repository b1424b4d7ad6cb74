package org.guildhall.membership.domain;

import java.time.LocalDate;

/**
 * The institute's settings for the membership year, each as it stood on a day: the standing rule asks for the value
 * on the day that decides it (see {@link StandingRule}), so a change an admin schedules never reaches back.
 */
public interface YearSettings {

    /** Renewal opens (invoice out, status Renewal due) this many days before the term ends. */
    int renewalNoticeDays(LocalDate day);

    /** The second renewal reminder goes this many days before the term ends. */
    int finalReminderDays(LocalDate day);

    /** After the term ends unpaid, the member is in grace this many days, then lapses. */
    int graceDays(LocalDate day);

    /** A new member is in good standing from approval for this many days before paying (0: from payment only). */
    int payWithinDays(LocalDate day);

    /** The same values on every day (the rule's unit tests). */
    static YearSettings fixed(int renewalNoticeDays, int finalReminderDays, int graceDays, int payWithinDays) {
        if (renewalNoticeDays < 0 || finalReminderDays < 0 || graceDays < 0 || payWithinDays < 0) {
            throw new IllegalArgumentException("Membership year settings are days and cannot be negative");
        }
        return new YearSettings() {
            @Override
            public int renewalNoticeDays(LocalDate day) {
                return renewalNoticeDays;
            }

            @Override
            public int finalReminderDays(LocalDate day) {
                return finalReminderDays;
            }

            @Override
            public int graceDays(LocalDate day) {
                return graceDays;
            }

            @Override
            public int payWithinDays(LocalDate day) {
                return payWithinDays;
            }
        };
    }
}
