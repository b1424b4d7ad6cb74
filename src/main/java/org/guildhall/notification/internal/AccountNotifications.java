package org.guildhall.notification.internal;

import org.guildhall.identity.AccountRegistered;
import org.guildhall.identity.EmailAddressChanged;
import org.guildhall.identity.EmailChangeRequested;
import org.guildhall.identity.EmailVerificationRequested;
import org.guildhall.identity.PasswordChanged;
import org.guildhall.identity.PasswordResetRequested;
import org.guildhall.identity.RegistrationAttemptedOnExistingAccount;
import org.guildhall.notification.domain.Notice;
import org.guildhall.notification.domain.Notice.Recipient;
import org.guildhall.shared.Text;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** What people are told about their account, one listener and one message of the bundle per identity event. */
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
                Text.of("notification.account.verify.subject"), Text.of("notification.account.verify.text"),
                "verify-email/" + requested.secret()));
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested requested) {
        notifier.post(Notice.emailOnly("PasswordResetRequested:" + requested.accountId() + ":" + linkId(requested.secret()),
                new Recipient(requested.accountId(), requested.email(), requested.fullName()),
                Text.of("notification.account.reset.subject"), Text.of("notification.account.reset.text"),
                "reset-password/" + requested.secret()));
    }

    @ApplicationModuleListener
    void on(RegistrationAttemptedOnExistingAccount attempted) {
        notifier.post(registrationAttempted(attempted));
    }

    @ApplicationModuleListener
    void on(EmailChangeRequested requested) {
        notifier.post(Notice.emailOnly("EmailChangeRequested:" + requested.accountId() + ":" + linkId(requested.secret()),
                new Recipient(requested.accountId(), requested.newEmail(), requested.fullName()),
                Text.of("notification.account.new-email.subject"), Text.of("notification.account.new-email.text"),
                "verify-email/" + requested.secret()));
    }

    @ApplicationModuleListener
    void on(EmailAddressChanged changed) {
        notifier.post(emailAddressChanged(changed));
    }

    @ApplicationModuleListener
    void on(PasswordChanged changed) {
        notifier.post(passwordChanged(changed));
    }

    /** To the owner of an address someone tried to register again: nothing was created, and what to do. */
    static Notice registrationAttempted(RegistrationAttemptedOnExistingAccount attempted) {
        return new Notice("RegistrationAttemptedOnExistingAccount:" + attempted.accountId() + ":"
                + attempted.attemptedAt().toEpochMilli(),
                new Recipient(attempted.accountId(), attempted.email(), attempted.fullName()),
                Text.of("notification.account.registration-attempted.subject"),
                Text.of("notification.account.registration-attempted.text"),
                "forgot-password");
    }

    /** To the address the account signed in with before: the change, and what to do if it was not them. */
    static Notice emailAddressChanged(EmailAddressChanged changed) {
        return new Notice("EmailAddressChanged:" + changed.accountId() + ":" + changed.changedAt().toEpochMilli(),
                new Recipient(changed.accountId(), changed.previousEmail(), changed.fullName()),
                Text.of("notification.account.email-changed.subject"),
                Text.of("notification.account.email-changed.text", changed.newEmail()),
                null);
    }

    /** To the account's address after its password changed, by its holder or through a reset link. */
    static Notice passwordChanged(PasswordChanged changed) {
        return new Notice("PasswordChanged:" + changed.accountId() + ":" + changed.changedAt().toEpochMilli(),
                new Recipient(changed.accountId(), changed.email(), changed.fullName()),
                Text.of("notification.account.password-changed.subject"),
                Text.of("notification.account.password-changed.text"),
                "forgot-password");
    }

    /** Tells one emailed link from another in the idempotency key, without storing the whole secret there. */
    private static String linkId(String secret) {
        return secret.substring(0, Math.min(12, secret.length()));
    }

    /** The welcome after self-registration: the account is ready, and the next step is applying for membership. */
    static Notice welcome(AccountRegistered registered) {
        return new Notice("AccountRegistered:" + registered.accountId(),
                new Recipient(registered.accountId(), registered.email(), registered.fullName()),
                Text.of("notification.account.welcome.subject"), Text.of("notification.account.welcome.text"),
                "membership/eligibility");
    }
}
