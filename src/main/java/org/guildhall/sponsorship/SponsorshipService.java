package org.guildhall.sponsorship;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.membership.ApplicationStatus;
import org.guildhall.membership.MembershipApplicationDetails;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipService;
import org.guildhall.membership.MembershipStanding;
import org.guildhall.membership.SponsoredApplications;
import org.guildhall.shared.Text;
import org.guildhall.sponsorship.SponsorshipEvents.SponsorRequested;
import org.guildhall.sponsorship.SponsorshipEvents.SponsorshipAccepted;
import org.guildhall.sponsorship.SponsorshipEvents.SponsorshipDeclined;
import org.guildhall.sponsorship.domain.SponsorNominationPolicy;
import org.guildhall.sponsorship.domain.SponsorNominationPolicy.Candidate;
import org.guildhall.sponsorship.domain.Sponsorship;
import org.guildhall.sponsorship.domain.SponsorshipRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nominating sponsors and answering sponsor requests. Applicants see their own nominations, sponsors only the
 * requests made to them (the applicant's name, category and answers, never their documents), registrars all.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class SponsorshipService {

    private final SponsorshipRepository sponsorships;
    private final MembershipService memberships;
    private final MembershipStanding standing;
    private final SponsoredApplications applications;
    private final AccountService accounts;
    private final ApplicationEventPublisher publisher;
    private final NominationAttempts attempts;
    private final SponsorCredit credit;
    private final Clock clock;

    SponsorshipService(SponsorshipRepository sponsorships, MembershipService memberships, MembershipStanding standing,
            SponsoredApplications applications, AccountService accounts, ApplicationEventPublisher publisher,
            NominationAttempts attempts, SponsorCredit credit, Clock clock) {
        this.credit = credit;
        this.sponsorships = sponsorships;
        this.memberships = memberships;
        this.standing = standing;
        this.applications = applications;
        this.accounts = accounts;
        this.publisher = publisher;
        this.attempts = attempts;
        this.clock = clock;
    }

    /**
     * The signed-in applicant's nominations, oldest first. A sponsor who has not answered yet shows only by the
     * surname the applicant gave; their full name once they accept or decline.
     */
    @PreAuthorize("hasRole('" + Role.Names.APPLICANT + "')")
    public List<SponsorshipSummary> myNominations() {
        return memberships.currentApplication()
                .map(application -> sponsorships.findByApplicationIdOrderByRequestedAtAscIdAsc(application.id())
                        .stream().map(sponsorship -> view(sponsorship, application))
                        .map(view -> view.status() == SponsorshipStatus.REQUESTED
                                ? view.withSponsorName(SponsorNominationPolicy.surnameOf(view.sponsorName()))
                                : view)
                        .toList())
                .orElse(List.of());
    }

    /** Whether the signed-in applicant's application is waiting for sponsors they can nominate. */
    @PreAuthorize("hasRole('" + Role.Names.APPLICANT + "')")
    public boolean canNominate() {
        return memberships.currentApplication().filter(SponsorshipService::awaitsSponsors).isPresent();
    }

    /**
     * Asks a member, named by member number or email and surname, to sponsor the signed-in applicant's
     * application. A request goes out only when both fit a member who may sponsor; otherwise nothing is sent. The
     * caller tells the applicant the same either way, so this reveals nobody's name or standing. Naming a member
     * already asked does nothing, so a repeated click sends one request.
     *
     * @throws SponsorshipRefusedException when the number or email or the surname is missing (on its field), the
     *         application takes no (more) sponsors, whoever is named, or the applicant has used up the day's
     *         nominations ({@link NominationAttempts})
     */
    @PreAuthorize("hasRole('" + Role.Names.APPLICANT + "')")
    @Transactional
    public void nominate(NominationData entry) {
        SponsorNominationPolicy.checkEntry(entry);
        String memberNumberOrEmail = entry.memberNumberOrEmail();
        String surname = entry.surname();
        var application = memberships.currentApplication().filter(SponsorshipService::awaitsSponsors)
                .orElseThrow(() -> new SponsorshipRefusedException(
                        "sponsorship.nominate.no-application"));
        attempts.take(application.applicantAccountId());
        var existing = sponsorships.findByApplicationIdOrderByRequestedAtAscIdAsc(application.id());
        var candidate = findMember(memberNumberOrEmail)
                .filter(member -> SponsorNominationPolicy.matchesSurname(member.fullName(), surname))
                .map(member -> new Candidate(member.id(), member.fullName(),
                        memberships.membershipOf(member.id()).isPresent(),
                        member.has(Role.MEMBER) && standing.standingOf(member.id()).inGoodStanding()));
        if (candidate.isPresent() && SponsorNominationPolicy.alreadyAsked(candidate.get(), existing)) {
            return;
        }
        // A request stalled on a sponsor who lapsed since does not hold the applicant's place: they may replace it.
        var stillOpen = existing.stream().filter(nomination -> nomination.status() != SponsorshipStatus.REQUESTED
                || standing.standingOf(nomination.sponsorAccountId()).inGoodStanding()).toList();
        SponsorNominationPolicy.refusal(stillOpen).ifPresent(reason -> {
            throw new SponsorshipRefusedException(reason);
        });
        if (candidate.isEmpty()
                || !SponsorNominationPolicy.mayBeAsked(application.applicantAccountId(), candidate.get(), existing)) {
            return;
        }
        Sponsorship saved;
        try {
            saved = sponsorships.saveAndFlush(new Sponsorship(application.id(), candidate.get().accountId(),
                    clock.instant()));
        } catch (DataIntegrityViolationException sameNominationFromAnotherTab) {
            throw new SponsorshipRefusedException("sponsorship.nominate.same-moment");
        }
        publisher.publishEvent(new SponsorRequested(saved.id(), candidate.get().accountId(),
                application.applicantAccountId(), application.applicantName()));
    }

    /** Sponsor requests made to the signed-in member, newest first. */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public List<SponsorshipSummary> requestsToMe() {
        return sponsorships.findBySponsorAccountIdOrderByRequestedAtDescIdDesc(accounts.currentAccount().id())
                .stream().map(request -> view(request, applications.application(request.applicationId()))).toList();
    }

    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public long openRequestsToMe() {
        return sponsorships.countBySponsorAccountIdAndStatus(accounts.currentAccount().id(),
                SponsorshipStatus.REQUESTED);
    }

    /** The application a request to the signed-in member is about: name, category and answers only. */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public MembershipApplicationDetails applicationBehind(long sponsorshipId) {
        return applications.application(mine(sponsorshipId).applicationId());
    }

    /**
     * Why the signed-in member cannot sponsor now (in grace, lapsed, suspended...), or empty when they can: only a
     * member in good standing sponsors (seed 000, issue 16).
     */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public Optional<Text> whyICannotSponsor() {
        var mine = standing.standingOf(accounts.currentAccount().id());
        return mine.inGoodStanding() ? Optional.empty()
                : Optional.of(Text.of("sponsorship.request.not-in-good-standing", mine.reason()));
    }

    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public SponsorshipSummary accept(long sponsorshipId, EndorsementData answer) {
        var sponsorship = mine(sponsorshipId);
        whyICannotSponsor().ifPresent(reason -> {
            throw new SponsorshipRefusedException(reason);
        });
        var all = sponsorships.lockAllOfApplication(sponsorship.applicationId());
        sponsorship.accept(answer.endorsement(), clock.instant());
        credit.grant(sponsorshipId, sponsorship.sponsorAccountId());
        if (SponsorNominationPolicy.isFullySponsored(all)) {
            applications.sponsorsConfirmed(sponsorship.applicationId());
        }
        var application = applications.application(sponsorship.applicationId());
        var view = view(sponsorship, application);
        publisher.publishEvent(new SponsorshipAccepted(sponsorshipId, application.applicantAccountId(),
                view.sponsorName()));
        return view;
    }

    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public SponsorshipSummary decline(long sponsorshipId) {
        var sponsorship = mine(sponsorshipId);
        sponsorship.decline(clock.instant());
        var application = applications.application(sponsorship.applicationId());
        var view = view(sponsorship, application);
        publisher.publishEvent(new SponsorshipDeclined(sponsorshipId, application.applicantAccountId(),
                view.sponsorName()));
        return view;
    }

    /** Every sponsorship of an application, for the registrar's review. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public List<SponsorshipSummary> forApplication(long applicationId) {
        var application = applications.application(applicationId);
        return sponsorships.findByApplicationIdOrderByRequestedAtAscIdAsc(applicationId).stream()
                .map(sponsorship -> view(sponsorship, application)).toList();
    }

    /** The members who accepted to sponsor an account's membership application, for panel conflict checks. */
    @PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
    public Set<Long> acceptedSponsorsOf(long applicantAccountId) {
        return Set.copyOf(sponsorships.findAcceptedSponsorIdsOfApplicant(applicantAccountId));
    }

    private Sponsorship mine(long sponsorshipId) {
        long me = accounts.currentAccount().id();
        return sponsorships.findById(sponsorshipId).filter(s -> s.sponsorAccountId() == me)
                .orElseThrow(() -> new SponsorshipRefusedException("sponsorship.request.not-found"));
    }

    private Optional<AccountSummary> findMember(String memberNumberOrEmail) {
        String key = memberNumberOrEmail.strip();
        return memberships.membershipByNumber(key).map(record -> accounts.summaryOf(record.accountId()))
                .or(() -> accounts.findByEmail(key));
    }

    private static boolean awaitsSponsors(MembershipApplicationDetails application) {
        return application.category() == MembershipCategory.ASSOCIATE
                && application.status() == ApplicationStatus.AWAITING_SPONSORS;
    }

    /** The application is passed in: lists of one application's sponsorships load it once, not per row. */
    private SponsorshipSummary view(Sponsorship sponsorship, MembershipApplicationDetails application) {
        var sponsor = accounts.summaryOf(sponsorship.sponsorAccountId());
        return new SponsorshipSummary(sponsorship.id(), sponsorship.applicationId(), sponsorship.sponsorAccountId(),
                sponsor.fullName(), application.applicantName(), sponsorship.status(), sponsorship.endorsement(),
                sponsorship.requestedAt(), sponsorship.respondedAt(),
                standing.standingOf(sponsorship.sponsorAccountId()).inGoodStanding());
    }
}
