package org.guildhall.notification.internal;

import org.guildhall.notification.domain.Notice;
import org.guildhall.notification.domain.Notice.Recipient;
import org.guildhall.shared.Text;
import org.guildhall.sponsorship.SponsorshipEvents.SponsorRequested;
import org.guildhall.sponsorship.SponsorshipEvents.SponsorshipAccepted;
import org.guildhall.sponsorship.SponsorshipEvents.SponsorshipDeclined;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sponsor requests to members, and their answers back to the applicant. */
@Component
class SponsorshipNotifications {

    private final Notifier notifier;

    SponsorshipNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(SponsorRequested requested) {
        notifier.post(request(requested, notifier.recipient(requested.sponsorAccountId())));
    }

    @ApplicationModuleListener
    void on(SponsorshipAccepted accepted) {
        notifier.post(new Notice("SponsorshipAccepted:" + accepted.sponsorshipId(),
                notifier.recipient(accepted.applicantAccountId()),
                Text.of("notification.sponsorship.accepted.subject", accepted.sponsorName()),
                Text.of("notification.sponsorship.accepted.text", accepted.sponsorName()),
                "membership/sponsors"));
    }

    @ApplicationModuleListener
    void on(SponsorshipDeclined declined) {
        notifier.post(new Notice("SponsorshipDeclined:" + declined.sponsorshipId(),
                notifier.recipient(declined.applicantAccountId()),
                Text.of("notification.sponsorship.declined.subject", declined.sponsorName()),
                Text.of("notification.sponsorship.declined.text", declined.sponsorName()),
                "membership/sponsors"));
    }

    static Notice request(SponsorRequested requested, Recipient sponsor) {
        return new Notice("SponsorRequested:" + requested.sponsorshipId(), sponsor,
                Text.of("notification.sponsorship.requested.subject", requested.applicantName()),
                Text.of("notification.sponsorship.requested.text", requested.applicantName()),
                "sponsorship/requests");
    }
}
