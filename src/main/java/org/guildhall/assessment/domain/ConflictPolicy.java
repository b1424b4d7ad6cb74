package org.guildhall.assessment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.guildhall.assessment.Conflict;
import org.guildhall.assessment.ConflictKind;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * The conflict rules (issue 5, widened by issue 20 to the portal's own records). An assessor may not judge their own
 * portfolio; the registrar must give a reason to seat an assessor who
 * <ol>
 * <li>works, or worked within the last N years (a setting), for the same employer as the candidate, by the profile
 * or the work history;</li>
 * <li>sponsored the candidate's membership;</li>
 * <li>is named as a referee in the candidate's portfolio;</li>
 * <li>presented an institute event together with the candidate;</li>
 * <li>sat on an earlier panel that judged the candidate, except the panel whose portfolio is being resubmitted:
 * there it is continuity, which the registrar is told as such;</li>
 * <li>or with whom either side declared a conflict.</li>
 * </ol>
 */
public final class ConflictPolicy {

    /** A job, both ends included; an open end while it lasts. */
    public record Job(String employer, LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    /** A person named as a referee in one of the candidate's portfolios. */
    public record Referee(String name, String contact, String relationship) {
    }

    /** An institute event someone presented together with the candidate. */
    public record CoPresented(long presenterAccountId, String eventTitle, LocalDate on) {
    }

    /** A panel that judged the candidate before: who sat on it, for which portfolio and designation, when. */
    public record EarlierPanel(long portfolioId, String designationCode, LocalDate formedOn, Set<Long> assessorIds) {
    }

    /** What is known about the candidate when checking assessors against them. */
    public record Candidate(long accountId, @Nullable String employer, List<Job> jobs, Set<Long> sponsorAccountIds,
            List<Referee> referees, List<CoPresented> coPresented, List<EarlierPanel> earlierPanels,
            Set<Long> declaredConflictAccountIds) {
    }

    /** What is known about an assessor. */
    public record Assessor(long accountId, String fullName, String email, @Nullable String employer, List<Job> jobs) {
    }

    /**
     * What the records say about one assessor and one candidate.
     *
     * @param conflicts each needs the registrar's reason (a self-conflict none overrides)
     * @param continuity the earlier panels on the resubmitted portfolio the assessor sat on: no conflict, a reason to
     *        seat them again
     */
    public record Findings(List<Conflict> conflicts, List<Text> continuity) {
    }

    private ConflictPolicy() {
    }

    /**
     * @param today the day of the check, from which the employer window is counted back
     * @param employerYears how far back a shared employer still counts
     * @param resubmittedPortfolioId the portfolio whose resubmission the panel is formed for, if it is one
     */
    public static Findings check(Assessor assessor, Candidate candidate, LocalDate today, int employerYears,
            @Nullable Long resubmittedPortfolioId) {
        if (assessor.accountId() == candidate.accountId()) {
            // Nothing else matters, and nothing overrides it.
            return new Findings(List.of(new Conflict(ConflictKind.SELF, Text.of("assessment.conflict.self.detail"))),
                    List.of());
        }
        var found = new ArrayList<Conflict>();
        sharedEmployer(assessor, candidate, today, employerYears).ifPresent(found::add);
        if (candidate.sponsorAccountIds().contains(assessor.accountId())) {
            found.add(new Conflict(ConflictKind.SPONSOR, Text.of("assessment.conflict.sponsor.detail")));
        }
        candidate.referees().stream().filter(referee -> names(referee, assessor)).findFirst()
                .ifPresent(referee -> found.add(new Conflict(ConflictKind.REFEREE,
                        Text.of("assessment.conflict.referee.detail", referee.relationship()))));
        candidate.coPresented().stream().filter(event -> event.presenterAccountId() == assessor.accountId())
                .findFirst().ifPresent(event -> found.add(new Conflict(ConflictKind.CO_PRESENTER,
                        Text.of("assessment.conflict.co-presenter.detail", event.eventTitle(), event.on()))));
        var continuity = new ArrayList<Text>();
        for (var panel : candidate.earlierPanels()) {
            if (!panel.assessorIds().contains(assessor.accountId())) {
                continue;
            }
            if (resubmittedPortfolioId != null && panel.portfolioId() == resubmittedPortfolioId) {
                continuity.add(Text.of("assessment.conflict.earlier-panel.continuity", panel.designationCode(),
                        panel.formedOn()));
            } else {
                found.add(new Conflict(ConflictKind.EARLIER_PANEL, Text.of("assessment.conflict.earlier-panel.detail",
                        panel.designationCode(), panel.formedOn())));
            }
        }
        if (candidate.declaredConflictAccountIds().contains(assessor.accountId())) {
            found.add(new Conflict(ConflictKind.DECLARED, Text.of("assessment.conflict.declared.detail")));
        }
        return new Findings(found, continuity);
    }

    /**
     * Rule 1: both were at one employer (by name) on some day of the window; said "now" when both still are, else
     * with the day the shared time last counted (the earlier of the two leaving days).
     */
    private static Optional<Conflict> sharedEmployer(Assessor assessor, Candidate candidate, LocalDate today,
            int employerYears) {
        LocalDate windowStart = today.minusYears(employerYears);
        var candidateJobs = withProfile(candidate.jobs(), candidate.employer(), today);
        var assessorJobs = withProfile(assessor.jobs(), assessor.employer(), today);
        Conflict nearest = null;
        LocalDate nearestEnd = null;
        for (var theirs : candidateJobs) {
            for (var mine : assessorJobs) {
                if (!sameEmployer(theirs.employer(), mine.employer())) {
                    continue;
                }
                LocalDate theirEnd = endOf(theirs, today);
                LocalDate myEnd = endOf(mine, today);
                if (theirEnd.isBefore(windowStart) || myEnd.isBefore(windowStart)) {
                    continue;
                }
                LocalDate sharedUntil = theirEnd.isBefore(myEnd) ? theirEnd : myEnd;
                if (nearestEnd == null || sharedUntil.isAfter(nearestEnd)) {
                    nearestEnd = sharedUntil;
                    nearest = sharedUntil.isBefore(today)
                            ? new Conflict(ConflictKind.SAME_EMPLOYER, Text.of(
                                    "assessment.conflict.same-employer.past.detail", theirs.employer().strip(),
                                    employerYears, sharedUntil))
                            : new Conflict(ConflictKind.SAME_EMPLOYER, Text.of(
                                    "assessment.conflict.same-employer.detail", theirs.employer().strip()));
                }
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** The work history plus the profile's employer, which counts as a job held today. */
    private static List<Job> withProfile(List<Job> jobs, @Nullable String profileEmployer, LocalDate today) {
        if (profileEmployer == null || profileEmployer.isBlank()) {
            return jobs;
        }
        var all = new ArrayList<>(jobs);
        all.add(new Job(profileEmployer, today, null));
        all.sort(Comparator.comparing(Job::startsOn));
        return all;
    }

    private static LocalDate endOf(Job job, LocalDate today) {
        return job.endsOn() == null || job.endsOn().isAfter(today) ? today : job.endsOn();
    }

    /** Rule 3: a referee is the assessor when the contact given is their email, or the name given is theirs. */
    private static boolean names(Referee referee, Assessor assessor) {
        return referee.contact().strip().equalsIgnoreCase(assessor.email())
                || squeezed(referee.name()).equals(squeezed(assessor.fullName()));
    }

    private static String squeezed(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Employers compare by name, ignoring case, spacing and a trailing "Ltd"/"Limited"/"plc"/"Inc". */
    static boolean sameEmployer(@Nullable String one, @Nullable String other) {
        if (one == null || other == null || one.isBlank() || other.isBlank()) {
            return false;
        }
        return normalised(one).equals(normalised(other));
    }

    private static String normalised(String employer) {
        return employer.toLowerCase(Locale.ROOT).replaceAll("[.,]", " ").strip()
                .replaceAll("\\s+(ltd|limited|plc|inc)$", "").replaceAll("\\s+", " ");
    }
}
