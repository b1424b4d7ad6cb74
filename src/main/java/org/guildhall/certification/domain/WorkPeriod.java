package org.guildhall.certification.domain;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guildhall.certification.ExperienceKind;
import org.guildhall.certification.WorkPeriodSummary;
import org.jspecify.annotations.Nullable;

/** One job in a candidate's work history, the evidence of experience for both routes. */
@Entity
@Table(name = "work_period")
public class WorkPeriod {

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;

    private String employer;

    private String jobTitle;

    private LocalDate startsOn;

    private @Nullable LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    private ExperienceKind kind;

    private String description;

    protected WorkPeriod() {
    }

    public WorkPeriod(long accountId, String employer, String jobTitle, WorkSpan span, ExperienceKind kind,
            String description) {
        this.accountId = accountId;
        this.employer = employer;
        this.jobTitle = jobTitle;
        this.startsOn = span.startsOn();
        this.endsOn = span.endsOn();
        this.kind = kind;
        this.description = description;
    }

    public long accountId() {
        return accountId;
    }

    public ExperienceKind kind() {
        return kind;
    }

    public WorkSpan span() {
        return new WorkSpan(startsOn, endsOn);
    }

    public WorkPeriodSummary toView() {
        return new WorkPeriodSummary(id, employer, jobTitle, startsOn, endsOn, kind, description);
    }
}
