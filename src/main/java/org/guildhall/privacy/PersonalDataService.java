package org.guildhall.privacy;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;

import org.guildhall.identity.AccountService;
import org.guildhall.privacy.domain.ErasureRequest;
import org.guildhall.privacy.domain.ErasureRequestRepository;
import org.guildhall.privacy.domain.ExportArchives;
import org.guildhall.privacy.domain.PersonalDataExport;
import org.guildhall.privacy.domain.PersonalDataExportRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own rights over their data: a copy of everything the portal holds about them (built in the
 * background, downloadable by them alone until the link expires) and a request to be forgotten. Every method acts on
 * the caller's own account only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PersonalDataService {

    private final PersonalDataExportRepository exports;
    private final ExportArchives archives;
    private final ErasureRequestRepository erasures;
    private final AccountService accounts;
    private final Clock clock;

    PersonalDataService(PersonalDataExportRepository exports, ExportArchives archives,
            ErasureRequestRepository erasures, AccountService accounts, Clock clock) {
        this.exports = exports;
        this.archives = archives;
        this.erasures = erasures;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Asks for a new export; while one is being built, that one is the answer. */
    @Transactional
    public ExportSummary requestExport() {
        long accountId = accounts.currentAccount().id();
        var waiting = exports.findFirstByAccountIdOrderByRequestedAtDescIdDesc(accountId)
                .filter(export -> EnumSet.of(ExportStatus.REQUESTED, ExportStatus.BUILDING).contains(export.status()));
        return waiting.orElseGet(() -> exports.save(new PersonalDataExport(accountId, clock.instant())))
                .toSummary();
    }

    /** The caller's latest export, if they asked for one. */
    public Optional<ExportSummary> latestExport() {
        return exports.findFirstByAccountIdOrderByRequestedAtDescIdDesc(accounts.currentAccount().id())
                .map(PersonalDataExport::toSummary);
    }

    /**
     * The ZIP of one of the caller's exports.
     *
     * @throws ExportNotFoundException if there is no such export, it is someone else's, or its link has expired
     */
    public byte[] openExport(long exportId) {
        long accountId = accounts.currentAccount().id();
        return exports.findById(exportId)
                .filter(export -> export.accountId() == accountId)
                .filter(export -> export.downloadableAt(clock.instant()))
                .flatMap(export -> archives.read(export.id()))
                .orElseThrow(ExportNotFoundException::new);
    }

    /** Asks to be forgotten; the registrar decides. One request waits at a time. */
    @Transactional
    public ErasureRequestSummary requestErasure() {
        var account = accounts.currentAccount();
        if (erasures.existsByAccountIdAndStatus(account.id(), ErasureStatus.REQUESTED)) {
            throw new PrivacyRefusedException("privacy.erasure.already-requested");
        }
        return erasures.save(new ErasureRequest(account.id(), clock.instant())).toSummary(account.fullName());
    }

    /** The caller's latest request to be forgotten, if they made one. */
    public Optional<ErasureRequestSummary> latestErasureRequest() {
        var account = accounts.currentAccount();
        return erasures.findFirstByAccountIdOrderByRequestedAtDescIdDesc(account.id())
                .map(request -> request.toSummary(account.fullName()));
    }
}
