package org.guildhall.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.guildhall.certification.domain.Certification;
import org.guildhall.certification.domain.CertificationRepository;
import org.guildhall.certification.domain.LinkedInAddToProfile;
import org.guildhall.certification.internal.CredentialLinks;
import org.guildhall.documents.PdfLayout;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.PublicLookupLimits;
import org.guildhall.identity.Role;
import org.guildhall.platform.ReadOnlyRequests;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awarded certifications and their cycles: members read their own certifications, staff read anyone's. Awards,
 * renewals and lapses come from the processes that earn them, through {@link CertificationAwards}.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class CertificationService {

    private final CertificationRepository certifications;
    private final AccountService accounts;
    private final PublicLookupLimits lookupLimits;
    private final CredentialLinks urls;
    private final Clock clock;

    CertificationService(CertificationRepository certifications, AccountService accounts,
            PublicLookupLimits lookupLimits, CredentialLinks urls, Clock clock) {
        this.certifications = certifications;
        this.accounts = accounts;
        this.lookupLimits = lookupLimits;
        this.urls = urls;
        this.clock = clock;
    }

    /**
     * Any holder's certifications, newest first, for other modules' rules (CPD counting, conflicts); read once per
     * Vaadin request, as several panels and services of one view ask.
     */
    public List<CertificationSummary> certificationsOf(long holderAccountId) {
        return ReadOnlyRequests.once(new CertificationsOf(holderAccountId), () -> {
            LocalDate today = today();
            return certifications.findByHolderAccountIdOrderByAwardedOnDesc(holderAccountId).stream()
                    .map(certification -> certification.toSummary(today)).toList();
        });
    }

    private record CertificationsOf(long holderAccountId) {
    }

    /** The certifications of several holders in one query, for other modules' rules (qualified assessors). */
    public List<CertificationSummary> certificationsOf(java.util.Collection<Long> holderAccountIds) {
        if (holderAccountIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        return certifications.findByHolderAccountIdIn(holderAccountIds).stream()
                .map(certification -> certification.toSummary(today)).toList();
    }

    /** Current certifications whose cycle expires from tomorrow up to {@code until}, for reminder jobs (CPD). */
    public List<CertificationSummary> currentExpiringBy(LocalDate until) {
        LocalDate today = today();
        return certifications.findByExpiresOnBetweenAndLapsedOnIsNull(today.plusDays(1), until).stream()
                .map(certification -> certification.toSummary(today)).toList();
    }

    /**
     * The next {@code size} certifications neither expired nor lapsed, in expiry order, after the one given (none:
     * from the first), for reports that walk them all a chunk at a time; an empty answer is the end. Suspended and
     * revoked ones are included with their status, so the caller's cursor never skips a chunk.
     */
    public List<CertificationSummary> unexpiredInExpiryOrderAfter(@Nullable CertificationSummary after, int size) {
        LocalDate today = today();
        return certifications.findUnlapsedAfter(today, after == null ? today : after.cycle().expiresOn(),
                        after == null ? 0 : after.id(), Limit.of(size)).stream()
                .map(certification -> certification.toSummary(today)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public List<CertificationSummary> myCertifications() {
        return certificationsOf(accounts.currentAccount().id());
    }

    /** One certification, for its holder or staff; anyone else is told it does not exist. */
    @PreAuthorize("isAuthenticated()")
    public CertificationSummary certification(long id) {
        return readable(id).toSummary(today());
    }

    /**
     * The CPD credits cycle {@code cycleNumber} of a certification required, kept when the cycle began (and lowered
     * by a pause), for its holder or staff; anyone else is told it does not exist.
     */
    @PreAuthorize("isAuthenticated()")
    public int cpdHoursRequiredIn(long id, int cycleNumber) {
        return readable(id).requirementOfCycle(cycleNumber);
    }

    private Certification readable(long id) {
        var current = accounts.currentAccount();
        return certifications.findById(id)
                .filter(found -> found.holderAccountId() == current.id() || current.has(Role.REGISTRAR)
                        || current.has(Role.ADMIN))
                .orElseThrow(() -> new CertificationNotFoundException(id));
    }

    /** A certification found by the code printed on its certificate, for the public verification page. */
    public Optional<CertificationSummary> byVerificationCode(String code) {
        return certifications.findByVerificationCode(code.trim().toUpperCase()).map(found -> found.toSummary(today()));
    }

    /**
     * The public answer for a certificate's code: the name as issued, designation, status on the day with its dates
     * and public reason, nothing more. An unknown code is empty; the code's 80 random bits and a per-client rate
     * limit ({@code TooManyRequestsException}) keep anyone from finding others by guessing.
     */
    public Optional<PublicVerification> verify(String code) {
        lookupLimits.takeCredentialLookup();
        return byVerificationCode(code).map(PublicVerification::of);
    }

    /** The public credential page of the certification with this code: what the QR code and LinkedIn lead to. */
    public String credentialPageUrl(String verificationCode) {
        return urls.credentialPageUrl(verificationCode);
    }

    /** LinkedIn's add-to-profile link for one of the holder's certifications, pointing at its public page. */
    public String linkedInAddToProfileUrl(CertificationSummary certification) {
        return LinkedInAddToProfile.url(certification.designationName() + " (" + certification.designationCode()
                + ")", PdfLayout.INSTITUTE, certification.awardedOn(), certification.cycle().lastValidDay(),
                credentialPageUrl(certification.verificationCode()), certification.verificationCode());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
