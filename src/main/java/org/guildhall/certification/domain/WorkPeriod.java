package org.guildhall.certification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.ExperienceKind;
import org.guildhall.certification.WorkPeriodData;
import org.guildhall.certification.WorkPeriodSummary;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
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

    /** The job as entered, checked at once: every problem is refused on the field it concerns. */
    public static WorkPeriod of(long accountId, WorkPeriodData entry, LocalDate today) {
        var problems = new ArrayList<FieldProblem>();
        String employer = text(problems, WorkPeriodData.EMPLOYER, entry.employer(), "employer", MAX_NAME_LENGTH);
        String jobTitle = text(problems, WorkPeriodData.JOB_TITLE, entry.jobTitle(), "role", MAX_NAME_LENGTH);
        LocalDate endsOn = entry.current() ? null : entry.endsOn();
        if (entry.startsOn() == null) {
            problems.add(new FieldProblem(WorkPeriodData.STARTS_ON, "certification.work.started-needed"));
        } else {
            WorkSpan.check(problems, entry.startsOn(), endsOn, today);
        }
        if (!entry.current() && entry.endsOn() == null) {
            problems.add(new FieldProblem(WorkPeriodData.ENDS_ON, "certification.work.ended-needed"));
        }
        if (entry.kind() == null) {
            problems.add(new FieldProblem(WorkPeriodData.KIND, "certification.work.kind-needed"));
        }
        String description = text(problems, WorkPeriodData.DESCRIPTION, entry.description(), "description",
                MAX_DESCRIPTION_LENGTH);
        if (!problems.isEmpty()) {
            throw new CertificationRefusedException(problems);
        }
        return new WorkPeriod(accountId, employer, jobTitle, new WorkSpan(entry.startsOn(), endsOn), entry.kind(),
                description);
    }

    private static @Nullable String text(List<FieldProblem> problems, String field, @Nullable String value,
            String what, int maxLength) {
        // "what" names the field in the module's bundle: certification.work.what.<what>.
        var named = Text.of("certification.work.what." + what);
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, Text.of("certification.work.enter", named)));
            return null;
        }
        if (value.strip().length() > maxLength) {
            problems.add(new FieldProblem(field, Text.of("certification.work.too-long", named, maxLength)));
            return null;
        }
        return value.strip();
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
