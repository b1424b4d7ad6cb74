package org.guildhall.assessment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.assessment.Recommendation;
import org.guildhall.assessment.Rubric;
import org.guildhall.assessment.ScoreSheet;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * One assessor's score of one panel's portfolio. Drafts change freely; submitting checks the sheet is complete and
 * locks it, and only the chair's reopening (with a reason, recorded in the audit history) unlocks it.
 */
@Entity
@Table(name = "score")
public class Score {

    public enum Status {
        DRAFT, SUBMITTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long panelId;
    private long assessorAccountId;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private @Nullable Recommendation recommendation;

    private Instant updatedAt;
    private @Nullable Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "score_point", joinColumns = @JoinColumn(name = "score_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "points")
    private Map<Long, Integer> points = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "score_comment", joinColumns = @JoinColumn(name = "score_id"))
    @MapKeyColumn(name = "domain_code")
    @Column(name = "comment")
    private Map<String, String> comments = new HashMap<>();

    protected Score() {
    }

    public Score(long panelId, long assessorAccountId, Instant now) {
        this.panelId = panelId;
        this.assessorAccountId = assessorAccountId;
        this.status = Status.DRAFT;
        this.updatedAt = now;
    }

    /** Keeps the draft's answers; points outside 0 to 4 and unknown criteria are refused. */
    public void saveDraft(ScoreSheet sheet, Rubric rubric, Instant now) {
        if (status == Status.SUBMITTED) {
            throw new IllegalStateException("A submitted score is locked");
        }
        var known = rubric.criteria().stream().map(Rubric.Criterion::id).toList();
        sheet.points().forEach((criterion, value) -> {
            if (!known.contains(criterion) || value < Rubric.MIN_POINTS || value > Rubric.MAX_POINTS) {
                throw new IllegalArgumentException("Criterion " + criterion + " cannot score " + value);
            }
        });
        points.clear();
        points.putAll(sheet.points());
        comments.clear();
        sheet.comments().forEach((domain, comment) -> {
            if (!comment.isBlank()) {
                comments.put(domain, comment.strip());
            }
        });
        this.recommendation = sheet.recommendation();
        this.updatedAt = now;
    }

    /**
     * What is still missing before the score can be submitted, in the rubric's order, each on the part of the sheet
     * it concerns: the domain's first unscored criterion ({@link ScoreSheet#criterionField}), its comment
     * ({@link ScoreSheet#commentField}) or {@link ScoreSheet#RECOMMENDATION_FIELD}.
     */
    public List<FieldProblem> missing(Rubric rubric) {
        var missing = new ArrayList<FieldProblem>();
        for (var domain : rubric.domains()) {
            var unscored = domain.criteria().stream().filter(c -> !points.containsKey(c.id())).toList();
            if (!unscored.isEmpty()) {
                missing.add(new FieldProblem(ScoreSheet.criterionField(unscored.getFirst().id()),
                        Text.of("assessment.score.missing.criteria", domain.text(), unscored.size())));
            }
            if (!comments.containsKey(domain.code())) {
                missing.add(new FieldProblem(ScoreSheet.commentField(domain.code()),
                        Text.of("assessment.score.missing.comment", domain.text())));
            }
        }
        if (recommendation == null) {
            missing.add(new FieldProblem(ScoreSheet.RECOMMENDATION_FIELD, "assessment.score.missing.recommendation"));
        }
        return missing;
    }

    public void submit(Rubric rubric, Instant now) {
        if (!missing(rubric).isEmpty()) {
            throw new IllegalStateException("The score is incomplete");
        }
        this.status = Status.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    public void reopen(Instant now) {
        this.status = Status.DRAFT;
        this.submittedAt = null;
        this.updatedAt = now;
    }

    public boolean isSubmitted() {
        return status == Status.SUBMITTED;
    }

    public long panelId() {
        return panelId;
    }

    public long assessorAccountId() {
        return assessorAccountId;
    }

    public long version() {
        return version;
    }

    public ScoreSheet toSheet() {
        return new ScoreSheet(version, isSubmitted(), points, comments, recommendation, submittedAt);
    }
}
