package org.guildhall.notification.internal;

import java.time.ZoneOffset;

import org.guildhall.identity.AccountDirectory;
import org.guildhall.identity.AccountService;
import org.guildhall.notification.domain.Notice;
import org.guildhall.notification.domain.Notice.Recipient;
import org.guildhall.platform.Translations;
import org.guildhall.privacy.ErasureRefused;
import org.guildhall.privacy.PersonalDataExportReady;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** What people are told about their data: an export ready to download, a request to be forgotten turned down. */
@Component
class PrivacyNotifications {

    private final Notifier notifier;
    private final AccountService accounts;
    private final AccountDirectory directory;
    private final Translations translations;

    PrivacyNotifications(Notifier notifier, AccountService accounts, AccountDirectory directory,
            Translations translations) {
        this.notifier = notifier;
        this.accounts = accounts;
        this.directory = directory;
        this.translations = translations;
    }

    @ApplicationModuleListener
    void on(PersonalDataExportReady ready) {
        var account = accounts.summaryOf(ready.accountId());
        var language = directory.languageOf(ready.accountId());
        notifier.post(new Notice("PersonalDataExportReady:" + ready.exportId(),
                new Recipient(account.id(), account.email(), account.fullName()),
                translations.text(language, "privacy.email.export-ready.subject"),
                translations.text(language, "privacy.email.export-ready.body",
                        ready.expiresAt().atZone(ZoneOffset.UTC).toLocalDate()),
                "privacy"));
    }

    @ApplicationModuleListener
    void on(ErasureRefused refused) {
        var account = accounts.summaryOf(refused.accountId());
        var language = directory.languageOf(refused.accountId());
        notifier.post(new Notice("ErasureRefused:" + refused.requestId(),
                new Recipient(account.id(), account.email(), account.fullName()),
                translations.text(language, "privacy.email.erasure-refused.subject"),
                translations.text(language, "privacy.email.erasure-refused.body", refused.reason()),
                "privacy"));
    }
}
