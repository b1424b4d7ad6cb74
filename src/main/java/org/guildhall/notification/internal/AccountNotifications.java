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

    @ApplicationModuleListener
    void on(RegistrationAttemptedOnExistingAccount attempted) {
        notifier.post(registrationAttempted(attempted));
    }

    @ApplicationModuleListener
    void on(EmailChangeRequested requested) {
        notifier.post(Notice.emailOnly("EmailChangeRequested:" + requested.accountId() + ":" + linkId(requested.secret()),
                new Recipient(requested.accountId(), requested.newEmail(), requested.fullName()),
                "Confirm your new email address",
                "You asked to sign in to Guildhall with this address from now on. Open the link below within seven "
                        + "days to confirm it; until you do, your sign-in address stays as it was. If you did not "
                        + "ask for this, ignore this message.",
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
                "Someone tried to register with your email address",
                "Someone, perhaps you, tried to create a Guildhall account with this email address. It already has "
                        + "an account, so no new one was made. If it was you, sign in with your password, or ask "
                        + "for a new one below if you have forgotten it. If it was not you, there is nothing to do.",
                "forgot-password");
    }

    /** To the address the account signed in with before: the change, and what to do if it was not them. */
    static Notice emailAddressChanged(EmailAddressChanged changed) {
        return new Notice("EmailAddressChanged:" + changed.accountId() + ":" + changed.changedAt().toEpochMilli(),
                new Recipient(changed.accountId(), changed.previousEmail(), changed.fullName()),
                "Your Guildhall sign-in address has changed",
                "Your Guildhall account now signs in with " + changed.newEmail() + " instead of this address. If "
                        + "you made this change, there is nothing to do. If you did not, someone may know your "
                        + "password: contact the institute's registrar straight away.",
                null);
    }

    /** To the account's address after its password changed, by its holder or through a reset link. */
    static Notice passwordChanged(PasswordChanged changed) {
        return new Notice("PasswordChanged:" + changed.accountId() + ":" + changed.changedAt().toEpochMilli(),
                new Recipient(changed.accountId(), changed.email(), changed.fullName()),
                "Your Guildhall password has changed",
                "The password of your Guildhall account has just been changed. If you did this, there is nothing "
                        + "to do. If you did not, choose a new password at once with the link below, and tell the "
                        + "institute's registrar.",
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
                "Welcome to Guildhall",
                """
                Your Guildhall account is ready: you are registered as an applicant.

                What happens next: apply for membership of the institute. Start with the eligibility check, \
                which tells you which membership category fits you (student, candidate, associate or customer \
                service professional) and, where one does not, exactly why.""",
                "membership/eligibility");
    }
}
