package org.guildhall.notification.internal;

import org.guildhall.membership.MembershipEvents.ApplicationRejected;
import org.guildhall.membership.MembershipEvents.ApplicationSubmitted;
import org.guildhall.membership.MembershipEvents.MembershipApproved;
import org.guildhall.membership.MembershipEvents.MoreInformationRequested;
import org.guildhall.notification.domain.Notice;
import org.guildhall.notification.domain.Notice.Recipient;
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
        String next = submitted.awaitsSponsors()
                ? "As an Associate you need two members of the institute to sponsor you. Nominate them now; your "
                        + "application goes to the registrar when both have accepted."
                : "The registrar will review it and email you the decision.";
        return new Notice("ApplicationSubmitted:" + submitted.applicationId() + "@" + submitted.submittedAt(),
                applicant, "We have your membership application",
                "Thank you for applying for " + submitted.category().label() + " membership. " + next,
                submitted.awaitsSponsors() ? "membership/sponsors" : "membership/application");
    }

    static Notice approved(MembershipApproved approved, Recipient member) {
        return new Notice("MembershipApproved:" + approved.applicationId(), member,
                "Welcome to the institute: member number " + approved.memberNumber(),
                "Your application is approved. You are a " + approved.category().label() + " member of the "
                        + "institute from today, with member number " + approved.memberNumber() + ". Sign in again "
                        + "to open the members' pages.",
                "");
    }

    static Notice rejected(ApplicationRejected rejected, Recipient applicant) {
        return new Notice("ApplicationRejected:" + rejected.applicationId(), applicant,
                "Your membership application",
                "We are sorry: the registrar could not approve your application. The reason given: "
                        + rejected.reason(),
                "membership/application");
    }

    static Notice moreInformation(MoreInformationRequested requested, Recipient applicant) {
        return new Notice("MoreInformationRequested:" + requested.applicationId() + "@" + requested.requestedAt(),
                applicant, "The registrar asks for more information",
                "The registrar asks: \u201c" + requested.request() + "\u201d Amend your application and submit it "
                        + "again.",
                "membership/application");
    }
}
