package org.guildhall.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.guildhall.assessment.domain.Benchmark;
import org.guildhall.assessment.domain.BenchmarkRepository;
import org.guildhall.assessment.domain.BenchmarkScore;
import org.guildhall.assessment.domain.BenchmarkScoreRepository;
import org.guildhall.assessment.domain.PanelRepository;
import org.guildhall.assessment.domain.RubricRepository;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountDirectory;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioNotFoundException;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibration (issue 20): the registrar marks benchmark portfolios with the scores agreed per domain; each
 * assessor scores each benchmark blind once per calibration period (a setting, a year by default) and sees their
 * own drift per domain; the registrar sees everyone's, with those beyond the threshold flagged.
 */
@Service
@Transactional(readOnly = true)
public class CalibrationService {

    private static final String REGISTRAR = "hasRole('" + Role.Names.REGISTRAR + "')";
    private static final String ASSESSOR = "hasRole('" + Role.Names.ASSESSOR + "')";

    private final BenchmarkRepository benchmarks;
    private final BenchmarkScoreRepository scores;
    private final RubricRepository rubric;
    private final DriftReader drift;
    private final PortfolioService portfolios;
    private final AccountService accounts;
    private final PanelRepository panels;
    private final DocumentService documents;
    private final AccountDirectory directory;
    private final Clock clock;

    /** How many judged portfolios the registrar's benchmark picker offers, newest first. */
    private static final int PORTFOLIO_CHOICES = 100;

    CalibrationService(BenchmarkRepository benchmarks, BenchmarkScoreRepository scores, RubricRepository rubric,
            DriftReader drift, PortfolioService portfolios, AccountService accounts, PanelRepository panels,
            DocumentService documents, AccountDirectory directory, Clock clock) {
        this.panels = panels;
        this.documents = documents;
        this.directory = directory;
        this.benchmarks = benchmarks;
        this.scores = scores;
        this.rubric = rubric;
        this.drift = drift;
        this.portfolios = portfolios;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Marks a portfolio as a benchmark with the agreed score per domain (0 to 4, two decimals at most).
     *
     * @throws AssessmentRefusedException on the fields concerned, all at once
     */
    @PreAuthorize(REGISTRAR)
    @Transactional
    public long markBenchmark(BenchmarkData data) {
        var problems = new ArrayList<FieldProblem>();
        String title = data.title().strip();
        if (title.isEmpty() || title.length() > BenchmarkData.MAX_TITLE) {
            problems.add(new FieldProblem(BenchmarkData.TITLE,
                    Text.of("assessment.calibration.title-invalid", BenchmarkData.MAX_TITLE)));
        }
        var portfolioId = data.portfolioId();
        if (portfolioId == null || !portfolioExists(portfolioId)) {
            problems.add(new FieldProblem(BenchmarkData.PORTFOLIO, "assessment.calibration.portfolio-unknown"));
        }
        var agreed = new HashMap<String, BigDecimal>();
        for (var domain : rubric.rubric().domains()) {
            var score = data.agreedScores().get(domain.code());
            if (score == null || score.compareTo(BigDecimal.valueOf(Rubric.MIN_POINTS)) < 0
                    || score.compareTo(BigDecimal.valueOf(Rubric.MAX_POINTS)) > 0
                    || score.stripTrailingZeros().scale() > 2) {
                problems.add(new FieldProblem(BenchmarkData.agreedField(domain.code()),
                        Text.of("assessment.calibration.agreed-invalid", domain.text())));
            } else {
                agreed.put(domain.code(), score);
            }
        }
        if (!problems.isEmpty()) {
            throw new AssessmentRefusedException(problems);
        }
        return benchmarks.save(new Benchmark(title, java.util.Objects.requireNonNull(portfolioId), agreed,
                clock.instant())).id();
    }

    /**
     * Every benchmark, newest first, with its agreed scores and how many assessors scored it this period: the
     * benchmarks, their agreed scores (batch fetched), their portfolios' lines and the period's scores, one query
     * each however many benchmarks there are.
     */
    @PreAuthorize(REGISTRAR)
    public List<AgreedBenchmarkSummary> benchmarks() {
        var assessors = scores.findByScoredOnGreaterThanEqual(drift.periodStart()).stream()
                .collect(Collectors.groupingBy(BenchmarkScore::benchmarkId,
                        Collectors.mapping(BenchmarkScore::assessorAccountId, Collectors.toSet())));
        var marked = benchmarks.findAllByOrderByMarkedAtDesc();
        var lines = portfolioLines(marked);
        return marked.stream().map(benchmark -> {
            var portfolio = lines.get(benchmark.portfolioId());
            return new AgreedBenchmarkSummary(benchmark.id(), benchmark.title(), benchmark.portfolioId(),
                    portfolio == null ? "" : portfolio.candidateName(),
                    portfolio == null ? "" : portfolio.designationCode(), benchmark.agreed(),
                    assessors.getOrDefault(benchmark.id(), java.util.Set.of()).size());
        }).toList();
    }

    private java.util.Map<Long, BenchmarkRepository.PortfolioLine> portfolioLines(List<Benchmark> marked) {
        if (marked.isEmpty()) {
            return java.util.Map.of();
        }
        return benchmarks.portfolioLines(marked.stream().map(Benchmark::portfolioId).distinct().toList()).stream()
                .collect(Collectors.toMap(BenchmarkRepository.PortfolioLine::portfolioId, line -> line));
    }

    /** The portfolios panels have judged, newest panel first: what the registrar may make a benchmark of. */
    @PreAuthorize(REGISTRAR)
    public List<AssessedPortfolioSummary> assessedPortfolios() {
        var latest = panels.latestPanelPerPortfolio(Pageable.ofSize(PORTFOLIO_CHOICES));
        var names = directory.namesOf(latest.stream().map(panel -> panel.candidateAccountId()).toList());
        return latest.stream().map(panel -> new AssessedPortfolioSummary(panel.portfolioId(),
                names.getOrDefault(panel.candidateAccountId(), ""), panel.designationCode())).toList();
    }

    /** A benchmark the signed-in assessor opens to score: its portfolio and documents, without the agreed scores. */
    @PreAuthorize(ASSESSOR)
    public BenchmarkDetails benchmark(long benchmarkId) {
        var benchmark = benchmarks.findById(benchmarkId)
                .orElseThrow(() -> new AssessmentRefusedException("assessment.calibration.no-benchmark"));
        var portfolio = portfolios.portfolio(benchmark.portfolioId());
        var content = portfolio.current().content();
        boolean scored = scores.existsByBenchmarkIdAndAssessorAccountIdAndScoredOnGreaterThanEqual(benchmarkId,
                accounts.currentAccount().id(), drift.periodStart());
        return new BenchmarkDetails(benchmark.id(), benchmark.title(), portfolio.candidateName(),
                portfolio.designationCode(), content, documents.findAll(content.documentIds()), scored);
    }

    /** The benchmarks the signed-in assessor has yet to score this period, without the agreed scores. */
    @PreAuthorize(ASSESSOR)
    public List<BenchmarkSummary> toScore() {
        long me = accounts.currentAccount().id();
        var start = drift.periodStart();
        var done = scores.findByAssessorAccountIdAndScoredOnGreaterThanEqual(me, start).stream()
                .map(BenchmarkScore::benchmarkId).toList();
        var open = benchmarks.findAllByOrderByMarkedAtDesc().stream().filter(b -> !done.contains(b.id())).toList();
        var lines = portfolioLines(open);
        return open.stream()
                .map(b -> new BenchmarkSummary(b.id(), b.title(), b.portfolioId(),
                        lines.containsKey(b.portfolioId()) ? lines.get(b.portfolioId()).candidateName() : ""))
                .toList();
    }

    /**
     * The signed-in assessor's blind score of a benchmark, a whole 0 to 4 per domain; once per period.
     *
     * @throws AssessmentRefusedException a domain without a score or out of range (on its field), or a benchmark
     *         already scored this period
     */
    @PreAuthorize(ASSESSOR)
    @Transactional
    public void score(long benchmarkId, BenchmarkScoreData data) {
        var given = data.scores();
        long me = accounts.currentAccount().id();
        if (!benchmarks.existsById(benchmarkId)) {
            throw new AssessmentRefusedException("assessment.calibration.no-benchmark");
        }
        if (scores.existsByBenchmarkIdAndAssessorAccountIdAndScoredOnGreaterThanEqual(benchmarkId, me,
                drift.periodStart())) {
            throw new AssessmentRefusedException("assessment.calibration.already-scored");
        }
        var problems = new ArrayList<FieldProblem>();
        for (var domain : rubric.rubric().domains()) {
            var score = given.get(domain.code());
            if (score == null || score < Rubric.MIN_POINTS || score > Rubric.MAX_POINTS) {
                problems.add(new FieldProblem(BenchmarkScoreData.scoreField(domain.code()),
                        Text.of("assessment.calibration.score-needed", domain.text())));
            }
        }
        if (!problems.isEmpty()) {
            throw new AssessmentRefusedException(problems);
        }
        scores.save(new BenchmarkScore(benchmarkId, me, given, LocalDate.now(clock), clock.instant()));
    }

    @PreAuthorize(ASSESSOR)
    public DriftSummary myDrift() {
        return drift.of(accounts.currentAccount().id());
    }

    @PreAuthorize(REGISTRAR)
    public List<DriftSummary> everyonesDrift() {
        return drift.everyone();
    }

    private boolean portfolioExists(long portfolioId) {
        try {
            portfolios.portfolio(portfolioId);
            return true;
        } catch (PortfolioNotFoundException unknown) {
            return false;
        }
    }
}
