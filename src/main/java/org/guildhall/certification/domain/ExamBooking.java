package org.guildhall.certification.domain;

import java.time.Instant;
import java.util.ArrayList;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.ExamResultData;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/** A candidate's seat at a sitting for one enrolment, and the result the registrar enters once. */
@Entity
@Table(name = "exam_booking")
public class ExamBooking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long enrolmentId;

    private long sittingId;

    private Instant bookedAt;

    private @Nullable Integer score;

    private @Nullable Integer passMark;

    private @Nullable Boolean passed;

    private @Nullable Instant resultEnteredAt;

    private @Nullable String resultEnteredBy;

    protected ExamBooking() {
    }

    public ExamBooking(long enrolmentId, long sittingId, Instant bookedAt) {
        this.enrolmentId = enrolmentId;
        this.sittingId = sittingId;
        this.bookedAt = bookedAt;
    }

    /** Records the result: passed when the score reaches the pass mark. A result stands once entered. */
    public boolean enterResult(ExamResultData entered, String enteredBy, Instant at) {
        if (passed != null) {
            throw new CertificationRefusedException(Text.of("certification.result.already-entered", this.score,
                    this.passMark));
        }
        var problems = new ArrayList<FieldProblem>();
        if (entered.score() < 0 || entered.score() > 100) {
            problems.add(new FieldProblem(ExamResultData.SCORE, "certification.result.score-range"));
        }
        if (entered.passMark() < 1 || entered.passMark() > 100) {
            problems.add(new FieldProblem(ExamResultData.PASS_MARK, "certification.result.pass-mark-range"));
        }
        if (!problems.isEmpty()) {
            throw new CertificationRefusedException(problems);
        }
        int score = entered.score();
        int passMark = entered.passMark();
        this.score = score;
        this.passMark = passMark;
        this.passed = score >= passMark;
        this.resultEnteredBy = enteredBy;
        this.resultEnteredAt = at;
        return passed;
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long enrolmentId() {
        return enrolmentId;
    }

    public long sittingId() {
        return sittingId;
    }

    public @Nullable Integer score() {
        return score;
    }

    public @Nullable Integer passMark() {
        return passMark;
    }

    public @Nullable Boolean passed() {
        return passed;
    }
}
