package org.guildhall.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildhall.assessment.domain.BenchmarkRepository;
import org.guildhall.assessment.domain.BenchmarkScore;
import org.guildhall.assessment.domain.BenchmarkScoreRepository;
import org.guildhall.assessment.domain.DriftPolicy;
import org.guildhall.assessment.domain.RubricRepository;
import org.guildhall.identity.AccountDirectory;
import org.guildhall.settings.Settings;
import org.springframework.stereotype.Component;

/**
 * Each assessor's drift over the benchmark scores of the current calibration period (the months a setting gives,
 * up to today), flagged against the threshold in force today. Read for the calibration screens and when a panel's
 * decision asks whether a seat needs a second marker.
 */
@Component
class DriftReader {

    private final BenchmarkRepository benchmarks;
    private final BenchmarkScoreRepository scores;
    private final RubricRepository rubric;
    private final AccountDirectory directory;
    private final Settings settings;
    private final Clock clock;

    DriftReader(BenchmarkRepository benchmarks, BenchmarkScoreRepository scores, RubricRepository rubric,
            AccountDirectory directory, Settings settings, Clock clock) {
        this.benchmarks = benchmarks;
        this.scores = scores;
        this.rubric = rubric;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    /** The first day of the calibration period that ends today. */
    LocalDate periodStart() {
        var today = LocalDate.now(clock);
        return today.minusMonths(settings.intOn(AssessmentSettings.CALIBRATION_MONTHS, today)).plusDays(1);
    }

    DriftSummary of(long assessorAccountId) {
        var given = scores.findByAssessorAccountIdAndScoredOnGreaterThanEqual(assessorAccountId, periodStart());
        return summary(assessorAccountId, directory.namesOf(List.of(assessorAccountId))
                .getOrDefault(assessorAccountId, ""), given, agreedScores(), domainCodes());
    }

    /** Every assessor who scored a benchmark this period, by name. */
    List<DriftSummary> everyone() {
        var byAssessor = scores.findByScoredOnGreaterThanEqual(periodStart()).stream()
                .collect(Collectors.groupingBy(BenchmarkScore::assessorAccountId));
        var names = directory.namesOf(byAssessor.keySet());
        var agreed = agreedScores();
        var domains = domainCodes();
        return byAssessor.entrySet().stream()
                .map(entry -> summary(entry.getKey(), names.getOrDefault(entry.getKey(), ""), entry.getValue(), agreed,
                        domains))
                .sorted((a, b) -> a.assessorName().compareTo(b.assessorName())).toList();
    }

    /** Which of the assessors are flagged, read for all of them at once (their scores in one query). */
    Set<Long> flaggedAmong(Collection<Long> assessorAccountIds) {
        if (assessorAccountIds.isEmpty()) {
            return Set.of();
        }
        var byAssessor = scores.findByAssessorAccountIdInAndScoredOnGreaterThanEqual(assessorAccountIds,
                periodStart()).stream().collect(Collectors.groupingBy(BenchmarkScore::assessorAccountId));
        if (byAssessor.isEmpty()) {
            return Set.of();
        }
        var agreed = agreedScores();
        var domains = domainCodes();
        return byAssessor.entrySet().stream()
                .filter(entry -> summary(entry.getKey(), "", entry.getValue(), agreed, domains).flagged())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private Map<Long, Map<String, BigDecimal>> agreedScores() {
        var agreed = new HashMap<Long, Map<String, BigDecimal>>();
        benchmarks.findAll().forEach(benchmark -> agreed.put(benchmark.id(), benchmark.agreed()));
        return agreed;
    }

    private List<String> domainCodes() {
        return rubric.rubric().domains().stream().map(Rubric.Domain::code).toList();
    }

    private DriftSummary summary(long assessorAccountId, String name, List<BenchmarkScore> given,
            Map<Long, Map<String, BigDecimal>> agreed, List<String> domainCodes) {
        var pairs = new ArrayList<DriftPolicy.Pair>();
        given.forEach(score -> pairs.addAll(DriftPolicy.pairs(agreed.getOrDefault(score.benchmarkId(), Map.of()),
                score.scores())));
        double threshold = DriftPolicy.thresholdPoints(
                settings.intOn(AssessmentSettings.DRIFT_THRESHOLD_PERCENT, LocalDate.now(clock)), Rubric.MIN_POINTS,
                Rubric.MAX_POINTS);
        var domains = DriftPolicy.drift(domainCodes, pairs, threshold);
        return new DriftSummary(assessorAccountId, name, given.size(), domains, DriftPolicy.flagged(domains));
    }
}
