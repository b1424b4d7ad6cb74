package org.guildhall.events;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.guildhall.cpd.CpdCategory;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * What a registrar writes when publishing or editing an event. Times are the local wall-clock times at the
 * event, in its time zone, as printed on the programme.
 *
 * @param educationalHours the CPD hours it carries: educational time only, without registration, meals and
 *                         breaks (seed 001)
 * @param cancellationCutoffHours how long before the start registrants may still cancel; null takes the
 *                                institute's default
 */
public record EventDetails(EventKind kind, String title, String description, LocalDateTime startsAt,
        LocalDateTime endsAt, ZoneId zone, @Nullable String venue, @Nullable String onlineLink, int capacity,
        BigDecimal memberFee, BigDecimal nonMemberFee, CpdCategory cpdCategory, BigDecimal educationalHours,
        int membershipPoints, @Nullable Integer cancellationCutoffHours, Set<Long> presenterAccountIds) {

    public static final int MAX_TITLE = 160;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_VENUE = 300;
    public static final int MAX_LINK = 500;
    public static final int MAX_CAPACITY = 5000;
    public static final BigDecimal MAX_HOURS = new BigDecimal("100");
    /** A fee above this is a slip of the keyboard, not a price the institute charges (the column holds far more). */
    public static final BigDecimal MAX_FEE = new BigDecimal("100000");
    /** Membership points an event can award: a conference earns tens, so more than this is a slip. */
    public static final int MAX_POINTS = 10_000;
    /** Registrants may be asked to cancel at most 90 days ahead; a longer cutoff would close cancelling at once. */
    public static final int MAX_CUTOFF_HOURS = 24 * 90;
    /** Pounds and pence, hours to the hundredth. */
    public static final int MAX_DECIMALS = 2;

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String KIND = "kind";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String STARTS_AT = "startsAt";
    public static final String ENDS_AT = "endsAt";
    public static final String ZONE = "zone";
    public static final String VENUE = "venue";
    public static final String ONLINE_LINK = "onlineLink";
    public static final String CAPACITY = "capacity";
    public static final String MEMBER_FEE = "memberFee";
    public static final String NON_MEMBER_FEE = "nonMemberFee";
    public static final String CPD_CATEGORY = "cpdCategory";
    public static final String EDUCATIONAL_HOURS = "educationalHours";
    public static final String MEMBERSHIP_POINTS = "membershipPoints";
    public static final String CANCELLATION_CUTOFF_HOURS = "cancellationCutoffHours";
    public static final String PRESENTER_ACCOUNT_IDS = "presenterAccountIds";

    /** Checks every value at once; each problem is refused on the component it concerns. */
    public EventDetails {
        title = title.strip();
        description = description.strip();
        venue = blankToNull(venue);
        onlineLink = blankToNull(onlineLink);
        presenterAccountIds = Set.copyOf(presenterAccountIds);
        var problems = new ArrayList<FieldProblem>();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            problems.add(new FieldProblem(TITLE, Text.of("events.details.title", MAX_TITLE)));
        }
        if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem(DESCRIPTION, Text.of("events.details.description", MAX_DESCRIPTION)));
        }
        if (!endsAt.isAfter(startsAt)) {
            problems.add(new FieldProblem(ENDS_AT, "events.details.ends"));
        }
        if (venue == null && onlineLink == null) {
            problems.add(new FieldProblem(VENUE, "events.details.where"));
        }
        if (venue != null && venue.length() > MAX_VENUE) {
            problems.add(new FieldProblem(VENUE, Text.of("events.details.venue", MAX_VENUE)));
        }
        if (onlineLink != null && !isWebAddress(onlineLink)) {
            problems.add(new FieldProblem(ONLINE_LINK, "events.details.online-link"));
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            problems.add(new FieldProblem(CAPACITY, Text.of("events.details.capacity", MAX_CAPACITY)));
        }
        checkFee(problems, MEMBER_FEE, memberFee);
        checkFee(problems, NON_MEMBER_FEE, nonMemberFee);
        if (educationalHours.signum() < 0 || educationalHours.compareTo(MAX_HOURS) > 0
                || educationalHours.stripTrailingZeros().scale() > MAX_DECIMALS) {
            problems.add(new FieldProblem(EDUCATIONAL_HOURS, Text.of("events.details.hours", MAX_HOURS)));
        }
        if (membershipPoints < 0 || membershipPoints > MAX_POINTS) {
            problems.add(new FieldProblem(MEMBERSHIP_POINTS, Text.of("events.details.points", MAX_POINTS)));
        }
        if (cancellationCutoffHours != null && (cancellationCutoffHours < 0
                || cancellationCutoffHours > MAX_CUTOFF_HOURS)) {
            problems.add(new FieldProblem(CANCELLATION_CUTOFF_HOURS,
                    Text.of("events.details.cutoff", MAX_CUTOFF_HOURS)));
        }
        if (!problems.isEmpty()) {
            throw new EventRefusedException(problems);
        }
    }

    private static void checkFee(List<FieldProblem> problems, String field, BigDecimal fee) {
        if (fee.signum() < 0 || fee.compareTo(MAX_FEE) > 0 || fee.stripTrailingZeros().scale() > MAX_DECIMALS) {
            problems.add(new FieldProblem(field, Text.of("events.details.fee", MAX_FEE)));
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean isWebAddress(String link) {
        if (link.length() > MAX_LINK) {
            return false;
        }
        try {
            var uri = URI.create(link);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
