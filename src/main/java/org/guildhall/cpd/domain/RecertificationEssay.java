package org.guildhall.cpd.domain;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.cpd.CpdRefusedException;
import org.guildhall.cpd.EssayData;
import org.guildhall.cpd.EssayStatus;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * The essay some designations ask for at each recertification (seed 004: how the member put what they learned
 * into practice during the cycle), one per certification cycle, accepted or returned by an assessor.
 */
@Entity
@Table(name = "cpd_essay")
public class RecertificationEssay {

    public static final int MIN_LENGTH = 300;
    public static final int MAX_LENGTH = 20_000;
    /** The longest feedback the review field takes. */
    public static final int MAX_FEEDBACK = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long accountId;

    private long certificationId;

    private int cycleNumber;

    private String designationCode;

    private String body;

    @Enumerated(EnumType.STRING)
    private EssayStatus status;

    private Instant submittedAt;

    /** The latest review; a rewritten essay keeps it (and shows its feedback) until it is reviewed again. */
    @Embedded
    @AttributeOverride(name = "decidedBy", column = @Column(name = "reviewed_by"))
    @AttributeOverride(name = "decidedAt", column = @Column(name = "reviewed_at"))
    @AttributeOverride(name = "reason", column = @Column(name = "feedback"))
    private @Nullable Decision review;

    protected RecertificationEssay() {
    }

    public RecertificationEssay(long accountId, long certificationId, int cycleNumber, String designationCode,
            String body, Instant now) {
        this.accountId = accountId;
        this.certificationId = certificationId;
        this.cycleNumber = cycleNumber;
        this.designationCode = designationCode;
        this.status = EssayStatus.SUBMITTED;
        this.submittedAt = now;
        this.body = checked(body);
    }

    /** A returned essay, rewritten and sent again. */
    public void resubmit(String body, Instant now) {
        if (status != EssayStatus.RETURNED) {
            throw new CpdRefusedException(status == EssayStatus.ACCEPTED ? "cpd.essay.already-accepted"
                    : "cpd.essay.with-assessor");
        }
        this.body = checked(body);
        this.status = EssayStatus.SUBMITTED;
        this.submittedAt = now;
    }

    public void review(boolean accepted, String assessor, @Nullable String feedback, Instant now) {
        if (status != EssayStatus.SUBMITTED) {
            throw new CpdRefusedException("cpd.essay.not-waiting");
        }
        this.status = accepted ? EssayStatus.ACCEPTED : EssayStatus.RETURNED;
        this.review = new Decision(assessor, now, feedback);
    }

    private static String checked(String body) {
        String text = body.strip();
        if (text.length() < MIN_LENGTH) {
            throw CpdRefusedException.onField(EssayData.BODY, Text.of("cpd.essay.too-short", MIN_LENGTH));
        }
        if (text.length() > MAX_LENGTH) {
            throw CpdRefusedException.onField(EssayData.BODY, Text.of("cpd.essay.too-long", MAX_LENGTH));
        }
        return text;
    }

    public long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public long certificationId() {
        return certificationId;
    }

    public int cycleNumber() {
        return cycleNumber;
    }

    public String designationCode() {
        return designationCode;
    }

    public String body() {
        return body;
    }

    public EssayStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    /** The latest review; null until an assessor has reviewed the essay. */
    public @Nullable Decision review() {
        return review;
    }

    public @Nullable String feedback() {
        return review == null ? null : review.reason();
    }
}
