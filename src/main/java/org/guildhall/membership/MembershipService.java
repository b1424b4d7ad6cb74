package org.guildhall.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.membership.MembershipEvents.ApplicationRejected;
import org.guildhall.membership.MembershipEvents.ApplicationSubmitted;
import org.guildhall.membership.MembershipEvents.MembershipApproved;
import org.guildhall.membership.MembershipEvents.MoreInformationRequested;
import org.guildhall.membership.domain.ApplicationDecision;
import org.guildhall.membership.domain.ApplicationDecisionRepository;
import org.guildhall.membership.domain.ApplicationDocument;
import org.guildhall.membership.domain.ApplicationDocumentRepository;
import org.guildhall.membership.domain.Membership;
import org.guildhall.membership.domain.MembershipApplication;
import org.guildhall.membership.domain.MembershipApplicationRepository;
import org.guildhall.membership.domain.MembershipRepository;
import org.guildhall.membership.domain.TermDates;
import org.guildhall.membership.internal.MembershipYear;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Membership applications from draft to decision, and the memberships they create. Applicants reach only their
 * own application; registrars reach all; every decision is recorded with who and when.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class MembershipService {

    /** What the registrar's queue shows unless filtered: everything not yet finally decided. */
    public static final EnumSet<ApplicationStatus> OPEN = EnumSet.of(ApplicationStatus.AWAITING_SPONSORS,
            ApplicationStatus.SUBMITTED, ApplicationStatus.MORE_INFORMATION_REQUESTED);

    private final MembershipApplicationRepository applications;
    private final ApplicationDecisionRepository decisions;
    private final MembershipRepository memberships;
    private final ApplicationDocumentRepository documents;
    private final DocumentService uploads;
    private final AccountService accounts;
    private final MembershipYear year;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    MembershipService(MembershipApplicationRepository applications, ApplicationDecisionRepository decisions,
            MembershipRepository memberships, ApplicationDocumentRepository documents, DocumentService uploads,
            AccountService accounts, MembershipYear year, ApplicationEventPublisher publisher, Clock clock) {
        this.year = year;
        this.documents = documents;
        this.uploads = uploads;
        this.applications = applications;
        this.decisions = decisions;
        this.memberships = memberships;
        this.accounts = accounts;
        this.publisher = publisher;
        this.clock = clock;
    }

    // --- the applicant -------------------------------------------------------------------------------------------

    @PreAuthorize("hasRole('" + Role.Names.APPLICANT + "')")
    public Optional<MembershipApplicationDetails> currentApplication() {
        return applications.findByApplicantAccountId(accounts.currentAccount().id()).map(this::view);
    }

    /** Creates the applicant's one application on first save and updates it afterwards. */
    @PreAuthorize("hasRole('" + Role.Names.APPLICANT + "')")
    @Transactional
    public MembershipApplicationDetails saveDraft(EligibilityAnswers answers, @Nullable MembershipCategory category) {
        long applicant = accounts.currentAccount().id();
        var application = applications.findByApplicantAccountId(applicant)
                .orElseGet(() -> new MembershipApplication(applicant, clock.instant()));
        application.revise(answers, category, clock.instant());
        try {
            return view(applications.saveAndFlush(application));
        } catch (DataIntegrityViolationException secondDraftInAnotherTab) {
            throw new ApplicationNotAllowedException("membership.application.saved-elsewhere");
        }
    }

    /**
     * Makes the applicant's supporting documents exactly these (already stored through the documents module by
     * the applicant; anyone else's document is refused). Only while the application may be edited.
     */
    @PreAuthorize("hasRole('" + Role.Names.APPLICANT + "')")
    @Transactional
    public MembershipApplicationDetails attachDocuments(List<UUID> documentIds) {
        var application = applications.findByApplicantAccountId(accounts.currentAccount().id())
                .orElseThrow(() -> new ApplicationNotAllowedException("membership.application.save-before-documents"));
        if (!application.status().isEditableByApplicant()) {
            throw new ApplicationNotAllowedException(Text.of("membership.application.documents-fixed",
                    Text.of(application.status().key())));
        }
        if (!uploads.allOwnedBySignedIn(documentIds)) {
            throw new ApplicationNotAllowedException("membership.application.own-files-only");
        }
        var attached = documents.findByApplicationIdOrderByAttachedAtAsc(application.id());
        attached.stream().filter(document -> !documentIds.contains(document.documentId())).forEach(documents::delete);
        var kept = attached.stream().map(ApplicationDocument::documentId).toList();
        documentIds.stream().filter(id -> !kept.contains(id))
                .forEach(id -> documents.save(new ApplicationDocument(application.id(), id, clock.instant())));
        documents.flush();
        return view(application);
    }

    /** Whether a document supports some application, so that registrars may read it. */
    public boolean isApplicationDocument(UUID documentId) {
        return documents.existsByDocumentId(documentId);
    }

    /** Submits the applicant's application; submitting again (a double click) changes nothing. */
    @PreAuthorize("hasRole('" + Role.Names.APPLICANT + "')")
    @Transactional
    public MembershipApplicationDetails submit() {
        var application = applications.findByApplicantAccountId(accounts.currentAccount().id())
                .orElseThrow(() -> new ApplicationNotAllowedException("membership.application.save-before-submit"));
        if (application.submit(clock.instant())) {
            publisher.publishEvent(new ApplicationSubmitted(application.id(), application.applicantAccountId(),
                    application.category(), application.status() == ApplicationStatus.AWAITING_SPONSORS,
                    clock.instant()));
        }
        return view(application);
    }

    public Optional<MembershipRecord> membershipOf(long accountId) {
        return memberships.findById(accountId).map(Membership::toRecord);
    }

    public Optional<MembershipRecord> membershipByNumber(String memberNumber) {
        return memberships.findByMemberNumber(memberNumber.strip().toUpperCase()).map(Membership::toRecord);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<MembershipRecord> currentMembership() {
        return membershipOf(accounts.currentAccount().id());
    }

    // --- the registrar -------------------------------------------------------------------------------------------

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public MembershipApplicationDetails review(long applicationId) {
        return view(load(applicationId));
    }

    /**
     * Approves: issues a member number, makes the applicant a member from today, opens the first term with its
     * subscription invoice, and records the decision.
     */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional
    public MembershipRecord approve(long applicationId, long seenVersion) {
        var application = decide(applicationId, seenVersion, ApplicationStatus.APPROVED, null);
        var membership = new Membership(application.applicantAccountId(),
                Membership.memberNumber(memberships.nextMemberNumber()), application.category(),
                LocalDate.now(clock));
        memberships.save(membership);
        accounts.admitAsMember(application.applicantAccountId());
        var record = membership.toRecord();
        publisher.publishEvent(new MembershipApproved(applicationId, record.accountId(), record.memberNumber(),
                record.category()));
        year.openJoiningTerm(membership);
        return record;
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional
    public void reject(long applicationId, long seenVersion, String reason) {
        var application = decide(applicationId, seenVersion, ApplicationStatus.REJECTED, required(reason,
                "membership.application.reason-needed"));
        publisher.publishEvent(new ApplicationRejected(applicationId, application.applicantAccountId(), reason.strip()));
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional
    public void requestMoreInformation(long applicationId, long seenVersion, String request) {
        var application = decide(applicationId, seenVersion, ApplicationStatus.MORE_INFORMATION_REQUESTED,
                required(request, "membership.application.request-needed"));
        publisher.publishEvent(new MoreInformationRequested(applicationId, application.applicantAccountId(),
                request.strip(), clock.instant()));
    }

    private MembershipApplication decide(long applicationId, long seenVersion, ApplicationStatus outcome,
            @Nullable String note) {
        var application = load(applicationId);
        if (application.version() != seenVersion) {
            throw new ApplicationChangedConcurrentlyException();
        }
        application.decide(outcome, clock.instant());
        try {
            // Write the application row first: its lock decides the race before anything else is written.
            applications.flush();
        } catch (ConcurrencyFailureException anotherRegistrarWon) {
            throw new ApplicationChangedConcurrentlyException();
        }
        decisions.save(new ApplicationDecision(applicationId, outcome, note, accounts.currentAccount().email(),
                clock.instant()));
        return application;
    }

    private static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw ApplicationNotAllowedException.onReason(message);
        }
        return text.strip();
    }

    private MembershipApplication load(long applicationId) {
        return applications.findById(applicationId)
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    }

    /** The application as views and {@link SponsoredApplications} show it. */
    MembershipApplicationDetails view(MembershipApplication application) {
        AccountSummary applicant = accounts.summaryOf(application.applicantAccountId());
        var history = decisions.findByApplicationIdOrderByDecidedAtDescIdDesc(application.id()).stream()
                .map(ApplicationDecision::toEntry).toList();
        return new MembershipApplicationDetails(application.id(), application.version(), application.applicantAccountId(),
                applicant.fullName(), applicant.email(), application.category(), application.status(),
                application.answers(), application.submittedAt(), history,
                documents.findByApplicationIdOrderByAttachedAtAsc(application.id()).stream()
                        .map(ApplicationDocument::documentId).toList());
    }

    /**
     * For demo data and tests: gives accounts that already hold the MEMBER role a membership record, carried over
     * as paid for the term running from its latest anniversary.
     */
    @Transactional
    public void enrolExistingMember(long accountId, MembershipCategory category, LocalDate since) {
        enrolExistingMember(accountId, category, since, null);
    }

    /** As above, with the carried-over term ending on {@code paidUntil} instead (demo members in grace, lapsed). */
    @Transactional
    public void enrolExistingMember(long accountId, MembershipCategory category, LocalDate since,
            @Nullable LocalDate paidUntil) {
        if (memberships.existsById(accountId)) {
            return;
        }
        if (!accounts.summaryOf(accountId).has(Role.MEMBER)) {
            throw new IllegalArgumentException("Account " + accountId + " is not a member");
        }
        var membership = memberships.save(new Membership(accountId,
                Membership.memberNumber(memberships.nextMemberNumber()), category, since));
        var termStart = paidUntil != null ? paidUntil.minusYears(1).plusDays(1) : year.latestAnniversary(since);
        year.carryOver(membership, termStart, paidUntil != null ? paidUntil : TermDates.lastDay(termStart, 12));
    }
}
