package org.guildhall.notification.internal;

import org.guildhall.identity.AccountRegistered;
import org.guildhall.identity.EmailVerificationRequested;
import org.guildhall.identity.PasswordResetRequested;
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

    @ApplicationModuleListener
    void on(EmailVerificationRequested requested) {
        notifier.post(Notice.emailOnly("EmailVerificationRequested:" + requested.accountId() + ":" + linkId(requested.secret()),
                new Recipient(requested.accountId(), requested.email(), requested.fullName()),
                "Confirm your email address",
                "Please confirm that this is your email address by opening the link below. It works for seven "
                        + "days. If you did not register with Guildhall, ignore this message.",
                "verify-email/" + requested.secret()));
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested requested) {
        notifier.post(Notice.emailOnly("PasswordResetRequested:" + requested.accountId() + ":" + linkId(requested.secret()),
                new Recipient(requested.accountId(), requested.email(), requested.fullName()),
                "Reset your Guildhall password",
                "Someone, hopefully you, asked to reset your password. Open the link below within an hour to "
                        + "choose a new one; it works once. If it was not you, ignore this message: your password "
                        + "stays as it is.",
                "reset-password/" + requested.secret()));
    }

    /** Tells one emailed link from another in the idempotency key, without storing the whole secret there. */
    private static String linkId(String secret) {
        return secret.substring(0, Math.min(12, secret.length()));
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
