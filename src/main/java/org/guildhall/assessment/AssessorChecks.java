package org.guildhall.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.guildhall.assessment.domain.AssessorQualification;
import org.guildhall.assessment.domain.AssessorQualificationRepository;
import org.guildhall.assessment.domain.ConflictPolicy;
import org.guildhall.assessment.domain.DeclaredConflictRepository;
import org.guildhall.assessment.domain.PanelMember;
import org.guildhall.assessment.domain.PanelRepository;
import org.guildhall.assessment.domain.QualificationPolicy;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.certification.DesignationLevel;
import org.guildhall.certification.EmploymentHistory;
import org.guildhall.events.EventPresenters;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.settings.Settings;
import org.guildhall.shared.Text;
import org.guildhall.sponsorship.SponsorshipService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads what the conflict rules and the qualification rule judge from the portal's own records, each kind through
 * its owning module's API in one query: work histories, sponsors, portfolio referees, event presenters, earlier
 * panels, declarations, certifications held and the registrar's qualifications. Its callers authorise.
 */
@Component
class AssessorChecks {

    private final AccountService accounts;
    private final EmploymentHistory employment;
    private final SponsorshipService sponsorships;
    private final PortfolioService portfolios;
    private final EventPresenters presenters;
    private final PanelRepository panels;
    private final DeclaredConflictRepository declarations;
    private final CertificationService certifications;
    private final DesignationCatalogue catalogue;
    private final AssessorQualificationRepository qualifications;
    private final Settings settings;
    private final Clock clock;

    AssessorChecks(AccountService accounts, EmploymentHistory employment, SponsorshipService sponsorships,
            PortfolioService portfolios, EventPresenters presenters, PanelRepository panels,
            DeclaredConflictRepository declarations, CertificationService certifications,
            DesignationCatalogue catalogue, AssessorQualificationRepository qualifications, Settings settings,
            Clock clock) {
        this.accounts = accounts;
        this.employment = employment;
        this.sponsorships = sponsorships;
        this.portfolios = portfolios;
        this.presenters = presenters;
        this.panels = panels;
        this.declarations = declarations;
        this.certifications = certifications;
        this.catalogue = catalogue;
        this.qualifications = qualifications;
        this.settings = settings;
        this.clock = clock;
    }

    /** Everything the conflict rules know about the candidate. */
    ConflictPolicy.Candidate candidate(long candidateAccountId) {
        ZoneId zone = clock.getZone();
        var declared = declarations.involving(candidateAccountId).stream()
                .map(d -> d.counterpartOf(candidateAccountId)).collect(Collectors.toSet());
        var referees = portfolios.refereesOf(candidateAccountId).stream()
                .map(r -> new ConflictPolicy.Referee(r.refereeName(), r.refereeContact(), r.relationship())).toList();
        var coPresented = presenters.coPresentersOf(candidateAccountId).stream()
                .map(p -> new ConflictPolicy.CoPresented(p.accountId(), p.eventTitle(),
                        LocalDate.ofInstant(p.startsAt(), zone)))
                .toList();
        var earlier = panels.findByCandidateAccountIdOrderByFormedAtAsc(candidateAccountId).stream()
                .map(p -> new ConflictPolicy.EarlierPanel(p.portfolioId(), p.designationCode(),
                        LocalDate.ofInstant(p.formedAt(), zone), p.members().stream()
                                .map(PanelMember::assessorAccountId).collect(Collectors.toSet())))
                .toList();
        return new ConflictPolicy.Candidate(candidateAccountId, accounts.employerOf(candidateAccountId).orElse(null),
                jobsOf(List.of(candidateAccountId)).getOrDefault(candidateAccountId, List.of()),
                sponsorships.acceptedSponsorsOf(candidateAccountId), referees, coPresented, earlier, declared);
    }

    /** The assessors as the conflict rules see them, their work histories read in one query. */
    List<ConflictPolicy.Assessor> assessors(Collection<AccountSummary> pool) {
        var jobs = jobsOf(pool.stream().map(AccountSummary::id).toList());
        return pool.stream().map(a -> new ConflictPolicy.Assessor(a.id(), a.fullName(), a.email(),
                accounts.employerOf(a.id()).orElse(null), jobs.getOrDefault(a.id(), List.of()))).toList();
    }

    ConflictPolicy.Findings findings(ConflictPolicy.Assessor assessor, ConflictPolicy.Candidate candidate,
            @Nullable Long resubmittedPortfolioId) {
        LocalDate today = LocalDate.now(clock);
        return ConflictPolicy.check(assessor, candidate, today,
                settings.intOn(AssessmentSettings.EMPLOYER_CONFLICT_YEARS, today), resubmittedPortfolioId);
    }

    /**
     * For each assessor, why they are qualified to judge the designation, or nothing: certifications held and the
     * registrar's qualifications read in one query each.
     */
    Map<Long, Optional<Text>> qualifications(String designationCode, Collection<Long> assessorIds) {
        DesignationLevel level = catalogue.designation(designationCode).level();
        var levels = catalogue.all().stream()
                .collect(Collectors.toMap(d -> d.code(), d -> d.level()));
        Map<Long, List<QualificationPolicy.Held>> held = new HashMap<>();
        certifications.certificationsOf(assessorIds).stream().filter(c -> c.status().isCurrent())
                .forEach(c -> held.computeIfAbsent(c.holderAccountId(), id -> new java.util.ArrayList<>())
                        .add(new QualificationPolicy.Held(c.designationCode(), levels.get(c.designationCode()))));
        var byRegistrar = new HashSet<>(qualifications.findByDesignationCodeAndAssessorAccountIdIn(designationCode,
                assessorIds).stream().map(AssessorQualification::assessorAccountId).toList());
        Map<Long, Optional<Text>> result = new HashMap<>();
        assessorIds.forEach(id -> result.put(id, QualificationPolicy.qualifiedBy(designationCode, level,
                held.getOrDefault(id, List.of()), byRegistrar.contains(id))));
        return result;
    }

    private Map<Long, List<ConflictPolicy.Job>> jobsOf(Collection<Long> accountIds) {
        return employment.employmentsOf(accountIds).stream().collect(Collectors.groupingBy(
                EmploymentHistory.Employment::accountId, Collectors.mapping(
                        e -> new ConflictPolicy.Job(e.employer(), e.startsOn(), e.endsOn()), Collectors.toList())));
    }
}
