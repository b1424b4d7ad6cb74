package org.guildhall.notification.internal;

import org.guildhall.notification.domain.Notice;
import org.guildhall.notification.domain.Notice.Recipient;
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
                notifier.recipient(accepted.applicantAccountId()), accepted.sponsorName() + " sponsors you",
                accepted.sponsorName() + " accepted to sponsor your Associate application. With two sponsors, "
                        + "your application goes to the registrar.",
                "membership/sponsors"));
    }

    @ApplicationModuleListener
    void on(SponsorshipDeclined declined) {
        notifier.post(new Notice("SponsorshipDeclined:" + declined.sponsorshipId(),
                notifier.recipient(declined.applicantAccountId()),
                declined.sponsorName() + " declined to sponsor you",
                declined.sponsorName() + " declined to sponsor your Associate application. Nominate another "
                        + "member of the institute in their place.",
                "membership/sponsors"));
    }

    static Notice request(SponsorRequested requested, Recipient sponsor) {
        return new Notice("SponsorRequested:" + requested.sponsorshipId(), sponsor,
                requested.applicantName() + " asks you to sponsor their membership",
                requested.applicantName() + " is applying for Associate membership and has nominated you as one of "
                        + "their two sponsors. Open the request to see their application, then accept with a short "
                        + "endorsement or decline.",
                "sponsorship/requests");
    }
}
