package org.guildhall.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.guildhall.assessment.domain.AssessorQualification;
import org.guildhall.assessment.domain.AssessorQualificationRepository;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.certification.DesignationSummary;
import org.guildhall.identity.AccountDirectory;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrar's screening of assessors (issue 20): qualifying an assessor for a designation they do not hold
 * (recorded with who and when), and the stand-alone conflict check of any assessor against any candidate.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
public class AssessorQualificationService {

    private static final int PICK_LIMIT = 50;

    private final AssessorQualificationRepository qualifications;
    private final AssessorChecks checks;
    private final DesignationCatalogue catalogue;
    private final PortfolioService portfolios;
    private final AccountService accounts;
    private final AccountDirectory directory;
    private final Clock clock;

    AssessorQualificationService(AssessorQualificationRepository qualifications, AssessorChecks checks,
            DesignationCatalogue catalogue, PortfolioService portfolios, AccountService accounts,
            AccountDirectory directory, Clock clock) {
        this.qualifications = qualifications;
        this.checks = checks;
        this.catalogue = catalogue;
        this.portfolios = portfolios;
        this.accounts = accounts;
        this.directory = directory;
        this.clock = clock;
    }

    /** Assessors whose name or email matches, for the pickers. */
    public List<AccountSummary> assessorsMatching(String text) {
        return accounts.searchWithRole(Role.ASSESSOR, text, Pageable.ofSize(PICK_LIMIT));
    }

    /** Members whose name or email matches, for the candidate picker (candidates are members). */
    public List<AccountSummary> candidatesMatching(String text) {
        return accounts.searchWithRole(Role.MEMBER, text, Pageable.ofSize(PICK_LIMIT));
    }

    public List<String> designationCodes() {
        return catalogue.all().stream().map(DesignationSummary::code).toList();
    }

    /** The qualifications recorded, newest first. */
    public List<QualificationSummary> qualifications() {
        var all = qualifications.findAllByOrderByQualifiedAtDesc();
        Set<Long> people = new HashSet<>();
        all.forEach(q -> {
            people.add(q.assessorAccountId());
            people.add(q.qualifiedByAccountId());
        });
        var names = directory.namesOf(people);
        return all.stream().map(q -> new QualificationSummary(names.get(q.assessorAccountId()), q.designationCode(),
                names.get(q.qualifiedByAccountId()), q.qualifiedAt(), q.note())).toList();
    }

    /**
     * Qualifies an assessor to judge a designation.
     *
     * @throws AssessmentRefusedException on the fields concerned, all at once: no assessor (or someone who is not
     *         one), no designation, already qualified, no note or too long a one
     */
    @Transactional
    public void qualify(QualificationData entry) {
        var registrar = accounts.currentAccount();
        var problems = new ArrayList<FieldProblem>();
        Long assessorId = entry.assessorAccountId();
        if (assessorId == null || !accounts.summaryOf(assessorId).has(Role.ASSESSOR)) {
            problems.add(new FieldProblem(QualificationData.ASSESSOR, "assessment.qualify.assessor-needed"));
        }
        String designation = entry.designationCode();
        if (designation == null || !designationCodes().contains(designation)) {
            problems.add(new FieldProblem(QualificationData.DESIGNATION, "assessment.qualify.designation-needed"));
        } else if (assessorId != null
                && qualifications.existsByAssessorAccountIdAndDesignationCode(assessorId, designation)) {
            problems.add(new FieldProblem(QualificationData.DESIGNATION,
                    Text.of("assessment.qualify.already", designation)));
        }
        String note = entry.note().strip();
        if (note.isEmpty() || note.length() > AssessorQualification.MAX_NOTE) {
            problems.add(new FieldProblem(QualificationData.NOTE,
                    Text.of("assessment.qualify.note-needed", AssessorQualification.MAX_NOTE)));
        }
        if (!problems.isEmpty()) {
            throw new AssessmentRefusedException(problems);
        }
        qualifications.save(new AssessorQualification(assessorId, designation, registrar.id(), clock.instant(),
                note));
    }

    /**
     * Every conflict the records show between the assessor and the candidate, each with its reason (an earlier
     * panel is listed too: it is continuity only when that panel's portfolio is resubmitted), and whether the
     * assessor may judge each designation the candidate has a portfolio for.
     */
    public ConflictCheck check(long assessorAccountId, long candidateAccountId) {
        var assessor = accounts.summaryOf(assessorAccountId);
        var candidate = accounts.summaryOf(candidateAccountId);
        var findings = checks.findings(checks.assessors(List.of(assessor)).getFirst(),
                checks.candidate(candidateAccountId), null);
        var designations = portfolios.designationsOf(candidateAccountId);
        var qualified = designations.stream().map(code -> new ConflictCheck.Qualification(code,
                checks.qualifications(code, List.of(assessorAccountId)).get(assessorAccountId).orElse(null)))
                .toList();
        return new ConflictCheck(assessor.fullName(), candidate.fullName(), findings.conflicts(), qualified);
    }
}
