package org.guildhall.notification.internal;

import java.time.Clock;
import java.util.Locale;

import org.guildhall.notification.domain.InboxItem;
import org.guildhall.notification.domain.InboxItemRepository;
import org.guildhall.identity.AccountDirectory;
import org.guildhall.identity.AccountService;
import org.guildhall.notification.domain.Notice;
import org.guildhall.notification.domain.Notice.Recipient;
import org.guildhall.notification.domain.OutboundEmail;
import org.guildhall.notification.domain.OutboundEmailRepository;
import org.guildhall.platform.PortalAddress;
import org.guildhall.platform.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers a {@link Notice} the two ways a person receives it: an email queued in the outbox for
 * {@link OutboxSender}, and an item in their inbox, written together in the calling listener's transaction.
 * Listeners (one class per publishing module, like {@link AccountNotifications}) compose the notice and post it.
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final AccountService accounts;
    private final AccountDirectory directory;
    private final Translations translations;
    private final OutboundEmailRepository emails;
    private final InboxItemRepository inbox;
    private final Clock clock;
    private final PortalAddress portal;

    Notifier(AccountService accounts, AccountDirectory directory, Translations translations,
            OutboundEmailRepository emails, InboxItemRepository inbox, Clock clock, PortalAddress portal) {
        this.accounts = accounts;
        this.directory = directory;
        this.translations = translations;
        this.emails = emails;
        this.inbox = inbox;
        this.clock = clock;
        this.portal = portal;
    }

    /**
     * Queues the email and files the inbox item, unless this notice was posted before: the event registry
     * delivers an event again after a crash, and a repeat must not reach the person twice. Of two deliveries
     * racing each other, the unique idempotency key stops the second; its transaction rolls back, its publication
     * stays incomplete, and when the registry resubmits it, it finds the notice posted.
     */
    /** The account holder as a notice addresses them, for events that carry only an account id. */
    Recipient recipient(long accountId) {
        var account = accounts.summaryOf(accountId);
        return new Recipient(account.id(), account.email(), account.fullName());
    }

    @Transactional
    void post(Notice notice) {
        if (emails.existsByIdempotencyKey(notice.idempotencyKey())) {
            log.info("Not notifying twice: {} was posted before", notice.idempotencyKey());
            return;
        }
        var now = clock.instant();
        // In the language the person chose; English for one who chose none (or an address without an account).
        Locale language = directory.languageOf(notice.recipient().accountId());
        var written = notice.write(text -> translations.text(language, text));
        emails.save(new OutboundEmail(notice.idempotencyKey(), notice.recipient().email(), written.subject(),
                written.emailBody(portal.baseUrl()), now));
        if (notice.toInbox()) {
            inbox.save(new InboxItem(notice.recipient().accountId(), written.subject(), written.text(),
                    notice.route(), now));
        }
    }
}
