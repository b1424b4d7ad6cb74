package org.guildhall.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

import org.guildhall.certification.CertificationEvents.CertificationStandingChanged;
import org.guildhall.certification.domain.Certification;
import org.guildhall.certification.domain.CertificationRepository;
import org.guildhall.certification.domain.HistoryEntry;
import org.guildhall.certification.domain.HistoryEntryRepository;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.shared.Text;
import org.guildhall.shell.Formats;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrar's hold over a certification's standing (issue 17): suspend until a date or until lifted, lift,
 * revoke; each step is recorded in the certification's history with who took it and why, and the holder is told.
 * The status lists and the public pages read the standing on each request, so they change at once.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
@Transactional
public class CertificationStandingService {

    private final CertificationRepository certifications;
    private final HistoryEntryRepository history;
    private final AccountService accounts;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CertificationStandingService(CertificationRepository certifications, HistoryEntryRepository history,
            AccountService accounts, ApplicationEventPublisher publisher, Clock clock) {
        this.certifications = certifications;
        this.history = history;
        this.accounts = accounts;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** A certification found by the code on its certificate, for the registrar to act on. */
    @Transactional(readOnly = true)
    public CertificationSummary byVerificationCode(String code) {
        return certifications.findByVerificationCode(code.strip().toUpperCase())
                .map(found -> found.toSummary(today()))
                .orElseThrow(() -> new CertificationRefusedException(Text.of("certification.standing.unknown-code",
                        code.strip())));
    }

    /** Suspends from today until {@code until} (the day it stands again) or, when null, until lifted. */
    public CertificationSummary suspend(long certificationId, StandingData entered) {
        var certification = locked(certificationId);
        certification.suspend(today(), entered.until(), entered.reason(), entered.explanation());
        var until = entered.until();
        var reason = Objects.requireNonNull(entered.reason());
        var explanation = entered.explanation();
        String detail = (until == null ? "Until lifted" : "Until " + Formats.date(until)) + ", "
                + reason.publicWords() + ": " + explanation.strip();
        return recorded(certification, CertificationAction.SUSPENDED, detail, explanation.strip());
    }

    public CertificationSummary liftSuspension(long certificationId) {
        var certification = locked(certificationId);
        certification.liftSuspension(today());
        return recorded(certification, CertificationAction.LIFTED, "The suspension was lifted.",
                "The suspension was lifted; the certification stands again.");
    }

    /**
     * Revokes for good ({@code entered.until()} concerns a suspension only); the public pages say "withdrawn" with
     * the reason's category and the day.
     */
    public CertificationSummary revoke(long certificationId, StandingData entered) {
        var certification = locked(certificationId);
        certification.revoke(today(), entered.reason(), entered.explanation());
        var reason = Objects.requireNonNull(entered.reason());
        var explanation = entered.explanation();
        return recorded(certification, CertificationAction.REVOKED,
                "Withdrawn " + reason.publicWords() + ": " + explanation.strip(), explanation.strip());
    }

    /** The certification's audited history, oldest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntrySummary> history(long certificationId) {
        var names = new HashMap<Long, String>();
        return history.findByCertificationIdOrderByHappenedAtAscIdAsc(certificationId).stream()
                .map(entry -> new HistoryEntrySummary(entry.happenedAt(),
                        names.computeIfAbsent(entry.actorAccountId(), id -> accounts.summaryOf(id).fullName()),
                        entry.action(), entry.detail()))
                .toList();
    }

    private Certification locked(long certificationId) {
        if (!certifications.existsById(certificationId)) {
            throw new CertificationNotFoundException(certificationId);
        }
        return certifications.lockById(certificationId);
    }

    private CertificationSummary recorded(Certification certification, CertificationAction action, String detail,
            String toldToHolder) {
        var entry = history.save(new HistoryEntry(certification.id(), clock.instant(), accounts.currentAccount().id(),
                action, detail));
        var summary = certification.toSummary(today());
        publisher.publishEvent(new CertificationStandingChanged(entry.id(), summary.id(), summary.holderAccountId(),
                summary.designationCode(), action, toldToHolder));
        return summary;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
