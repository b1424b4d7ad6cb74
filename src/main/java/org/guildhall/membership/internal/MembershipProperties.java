package org.guildhall.membership.internal;

import jakarta.validation.constraints.PositiveOrZero;
import org.guildhall.membership.domain.YearSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The membership year's settings, {@code guildhall.membership.*} (defaults in application.properties). The daily
 * roll's schedule, {@code guildhall.membership.roll-cron}, stays a placeholder in its {@code @Scheduled}. Fees and
 * term lengths are rows an admin edits ({@code membership_fee}), not settings.
 *
 * @param renewalNoticeDays renewal opens this many days before a term ends
 * @param finalReminderDays the second renewal reminder, this many days before the end
 * @param graceDays days after an unpaid term's end before the membership lapses
 * @param payWithinDays a new member counts as in good standing for this many days before paying (0: from payment)
 * @param examEnrolmentRequiresMembership whether exam enrolment needs a member in good standing
 * @param categoryChangeAtOnce whether an approved category change takes effect at once, with the pro-rated fee
 *        difference invoiced (true), or at the next renewal (false)
 */
@Validated
@ConfigurationProperties("guildhall.membership")
public record MembershipProperties(@PositiveOrZero int renewalNoticeDays, @PositiveOrZero int finalReminderDays,
        @PositiveOrZero int graceDays, @PositiveOrZero int payWithinDays, boolean examEnrolmentRequiresMembership,
        boolean categoryChangeAtOnce) {

    public YearSettings yearSettings() {
        return new YearSettings(renewalNoticeDays, finalReminderDays, graceDays, payWithinDays);
    }
}
