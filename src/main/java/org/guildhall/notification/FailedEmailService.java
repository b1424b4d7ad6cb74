package org.guildhall.notification;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.notification.domain.OutboundEmail;
import org.guildhall.notification.domain.OutboundEmailRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emails the outbox gave up on after its last attempt (status {@code FAILED}), for the admin: the list with the
 * mail server's last answer, and "send again", which queues the email anew under its own Message-ID and records
 * who asked.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
public class FailedEmailService {

    private static final Logger log = LoggerFactory.getLogger(FailedEmailService.class);

    private final OutboundEmailRepository emails;
    private final AccountService accounts;
    private final Clock clock;
    private final Counter sentAgain;

    FailedEmailService(OutboundEmailRepository emails, AccountService accounts, Clock clock, MeterRegistry meters) {
        this.emails = emails;
        this.accounts = accounts;
        this.clock = clock;
        this.sentAgain = Counter.builder("guildhall.mail.sent.again")
                .description("Given-up emails an admin queued again").register(meters);
    }

    /** Newest first. */
    public List<FailedEmailSummary> failedEmails(Pageable page) {
        return emails.findByStatusOrderByCreatedAtDescIdDesc(OutboundEmail.Status.FAILED, page).stream()
                .map(email -> new FailedEmailSummary(email.id(), email.recipient(), email.subject(),
                        email.createdAt(), email.attempts(), String.valueOf(email.lastError())))
                .toList();
    }

    public long countFailedEmails() {
        return emails.countByStatus(OutboundEmail.Status.FAILED);
    }

    @Transactional
    public void sendAgain(long id) {
        var email = emails.lockById(id).filter(found -> found.status() == OutboundEmail.Status.FAILED)
                .orElseThrow(EmailNotGivenUpException::new);
        String admin = accounts.currentAccount().email();
        email.sendAgain(admin, clock.instant());
        sentAgain.increment();
        log.info("{} sent the given-up email {} ('{}' to {}) again", admin, id, email.subject(), email.recipient());
    }
}
