package org.guildhall.partners.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
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
import jakarta.persistence.Version;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdRulebook;
import org.guildhall.partners.CourseData;
import org.guildhall.partners.PartnerRefusedException;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * A course the institute or a partner approved for CPD credit: what a member completing it is credited with
 * (category, kind, hours), the days its claim code and rosters are accepted, and the claim code itself. The
 * course's record (its code redeemed, its roster) is the evidence, so the credit is approved as it is recorded.
 */
@Entity
@Table(name = "approved_course")
public class ApprovedCourse {

    public static final int MAX_TEXT = 200;
    /** A course claims at most this many hours: a longer one is a slip (600 typed for 6.00), not a course. */
    public static final BigDecimal MAX_HOURS = new BigDecimal("500");
    private static final BigDecimal HOURS_IN_A_DAY = new BigDecimal("24");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private @Nullable Long partnerId;

    private String claimCode;

    private String title;

    private String provider;

    @Enumerated(EnumType.STRING)
    private CpdCategory category;

    private String activityType;

    private BigDecimal hours;

    private LocalDate validFrom;

    private LocalDate validTo;

    private Instant registeredAt;

    private String registeredBy;

    protected ApprovedCourse() {
    }

    private ApprovedCourse(CourseData data, String claimCode, Instant now, String registeredBy) {
        this.partnerId = data.partnerId();
        this.claimCode = claimCode;
        this.title = data.title().strip();
        this.provider = data.provider().strip();
        this.category = data.category();
        this.activityType = data.activityType();
        this.hours = data.hours();
        this.validFrom = data.validFrom();
        this.validTo = data.validTo();
        this.registeredAt = now;
        this.registeredBy = registeredBy;
    }

    /**
     * Registers the course after checking every answer at once, each problem on its field: a title and provider,
     * a category members attend courses in (Instruction needs the member's own audience, Research their
     * declaration of independence, so neither comes from a course), a kind of that category credited by the hour,
     * possible hours, and validity dates in order.
     */
    public static ApprovedCourse register(CourseData data, CpdRulebook rules, String claimCode, Instant now,
            String registeredBy) {
        var problems = new ArrayList<FieldProblem>();
        text(problems, CourseData.TITLE, data.title(), "partners.course.title-needed");
        text(problems, CourseData.PROVIDER, data.provider(), "partners.course.provider-needed");
        var category = data.category();
        if (category == null) {
            problems.add(new FieldProblem(CourseData.CATEGORY, "partners.course.category-needed"));
        } else if (!creditableByCourse(category)) {
            problems.add(new FieldProblem(CourseData.CATEGORY, "partners.course.category-not-for-courses"));
        } else {
            boolean typeFits = data.activityType() != null && rules.type(data.activityType())
                    .filter(type -> type.category() == category && !type.isFixedCredit()).isPresent();
            if (!typeFits) {
                problems.add(new FieldProblem(CourseData.ACTIVITY_TYPE, "partners.course.type-needed"));
            }
        }
        checkHours(problems, data.hours());
        if (data.validFrom() == null) {
            problems.add(new FieldProblem(CourseData.VALID_FROM, "partners.course.valid-from-needed"));
        }
        if (data.validTo() == null) {
            problems.add(new FieldProblem(CourseData.VALID_TO, "partners.course.valid-to-needed"));
        } else if (data.validFrom() != null && data.validTo().isBefore(data.validFrom())) {
            problems.add(new FieldProblem(CourseData.VALID_TO, "partners.course.valid-to-before-from"));
        }
        if (!problems.isEmpty()) {
            throw new PartnerRefusedException(problems);
        }
        return new ApprovedCourse(data, claimCode, now, registeredBy);
    }

    /** Whether credit in this category can rest on a course's record alone. */
    public static boolean creditableByCourse(CpdCategory category) {
        return !category.recordsAudience() && !category.needsIndependenceDeclaration();
    }

    /** The day a roster says its members completed the course must be within its validity and not to come. */
    public void requireRosterDate(@Nullable LocalDate completedOn, LocalDate today) {
        if (completedOn == null) {
            throw new PartnerRefusedException("partners.roster.date-needed");
        }
        if (completedOn.isAfter(today)) {
            throw new PartnerRefusedException("partners.roster.date-in-future");
        }
        if (!isValidOn(completedOn)) {
            throw new PartnerRefusedException(Text.of("partners.roster.date-outside", validFrom, validTo));
        }
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /**
     * The first day of the activity a member completing the course on {@code completedOn} is credited with: a
     * course of more hours than a day holds spans as many days as it needs, ending that day, since the CPD rules
     * allow at most 24 hours for each day of an activity.
     */
    public LocalDate firstDayWhenCompletedOn(LocalDate completedOn) {
        long days = hours.divide(HOURS_IN_A_DAY, 0, RoundingMode.CEILING).longValue();
        return completedOn.minusDays(Math.max(days, 1) - 1);
    }

    /** Names the credit one member takes from this course in the CPD log, so it is recorded once. */
    public String sourceKeyFor(long accountId) {
        return "course:" + id + ":member:" + accountId;
    }

    private static void checkHours(List<FieldProblem> problems, @Nullable BigDecimal hours) {
        Text problem = null;
        if (hours == null || hours.signum() <= 0) {
            problem = Text.of("partners.course.hours-needed");
        } else if (hours.stripTrailingZeros().scale() > 2) {
            problem = Text.of("partners.course.hours-decimals");
        } else if (hours.compareTo(MAX_HOURS) > 0) {
            problem = Text.of("partners.course.hours-too-many", MAX_HOURS);
        }
        if (problem != null) {
            problems.add(new FieldProblem(CourseData.HOURS, problem));
        }
    }

    private static void text(List<FieldProblem> problems, String field, @Nullable String value, String whenBlank) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, whenBlank));
        } else if (value.strip().length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, Text.of("partners.course.text-too-long", MAX_TEXT)));
        }
    }

    public long id() {
        return id;
    }

    public @Nullable Long partnerId() {
        return partnerId;
    }

    public String claimCode() {
        return claimCode;
    }

    public String title() {
        return title;
    }

    public String provider() {
        return provider;
    }

    public CpdCategory category() {
        return category;
    }

    public String activityType() {
        return activityType;
    }

    public BigDecimal hours() {
        return hours;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }
}
