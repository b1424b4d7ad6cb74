package org.guildhall.notification.internal;

import org.guildhall.identity.AccountRegistered;
import org.guildhall.notification.domain.Notice;
import org.guildhall.notification.domain.Notice.Recipient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** What people are told about their account, one listener and one plain-text template per identity event. */
@Component
class AccountNotifications {

    private final Notifier notifier;

    AccountNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(AccountRegistered registered) {
        notifier.post(welcome(registered));
    }

    /** The welcome after self-registration: the account is ready, and the next step is applying for membership. */
    static Notice welcome(AccountRegistered registered) {
        return new Notice("AccountRegistered:" + registered.accountId(),
                new Recipient(registered.accountId(), registered.email(), registered.fullName()),
                "Welcome to Guildhall",
                """
                Your Guildhall account is ready: you are registered as an applicant.

                What happens next: apply for membership of the institute. Start with the eligibility check, \
                which tells you which membership category fits you (student, candidate, associate or customer \
                service professional) and, where one does not, exactly why.""",
                "membership/eligibility");
    }
}
