package org.guildhall.notification.internal;

import java.util.Locale;

import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipEvents.ApplicationRejected;
import org.guildhall.membership.MembershipEvents.ApplicationSubmitted;
import org.guildhall.membership.MembershipEvents.MembershipApproved;
import org.guildhall.membership.MembershipEvents.MoreInformationRequested;
import org.guildhall.notification.domain.Notice;
import org.guildhall.notification.domain.Notice.Recipient;
import org.guildhall.shared.Text;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** What applicants are told as their membership application moves, one template per membership event. */
@Component
class MembershipNotifications {

    private final Notifier notifier;

    MembershipNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(ApplicationSubmitted submitted) {
        notifier.post(received(submitted, notifier.recipient(submitted.applicantAccountId())));
    }

    @ApplicationModuleListener
    void on(MembershipApproved approved) {
        notifier.post(approved(approved, notifier.recipient(approved.accountId())));
    }

    @ApplicationModuleListener
    void on(ApplicationRejected rejected) {
        notifier.post(rejected(rejected, notifier.recipient(rejected.applicantAccountId())));
    }

    @ApplicationModuleListener
    void on(MoreInformationRequested requested) {
        notifier.post(moreInformation(requested, notifier.recipient(requested.applicantAccountId())));
    }

    static Notice received(ApplicationSubmitted submitted, Recipient applicant) {
        Text next = Text.of(submitted.awaitsSponsors() ? "notification.membership.received.sponsors"
                : "notification.membership.received.registrar");
        return new Notice("ApplicationSubmitted:" + submitted.applicationId() + "@" + submitted.submittedAt(),
                applicant, Text.of("notification.membership.received.subject"),
                Text.of("notification.membership.received.text", category(submitted.category()), next),
                submitted.awaitsSponsors() ? "membership/sponsors" : "membership/application");
    }

    /** A membership category in the reader's words ("Associate", "Associé"). */
    static Text category(MembershipCategory category) {
        return Text.of("notification.category." + category.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    static Notice approved(MembershipApproved approved, Recipient member) {
        return new Notice("MembershipApproved:" + approved.applicationId(), member,
                Text.of("notification.membership.approved.subject", approved.memberNumber()),
                Text.of("notification.membership.approved.text", category(approved.category()),
                        approved.memberNumber()),
                "");
    }

    static Notice rejected(ApplicationRejected rejected, Recipient applicant) {
        return new Notice("ApplicationRejected:" + rejected.applicationId(), applicant,
                Text.of("notification.membership.rejected.subject"),
                Text.of("notification.membership.rejected.text", rejected.reason()),
                "membership/application");
    }

    static Notice moreInformation(MoreInformationRequested requested, Recipient applicant) {
        return new Notice("MoreInformationRequested:" + requested.applicationId() + "@" + requested.requestedAt(),
                applicant, Text.of("notification.membership.more-information.subject"),
                Text.of("notification.membership.more-information.text", requested.request()),
                "membership/application");
    }
}
