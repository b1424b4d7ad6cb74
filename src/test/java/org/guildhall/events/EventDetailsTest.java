package org.guildhall.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.guildhall.cpd.CpdCategory;
import org.guildhall.events.domain.InstituteEvent;
import org.guildhall.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Issue 7: what a published event must say, and the times that follow from its time zone and cutoff. */
class EventDetailsTest {

    private static final LocalDateTime TEN_AM = LocalDateTime.of(2027, 3, 4, 10, 0);

    @Test
    void an_event_is_held_at_its_local_time_in_its_own_time_zone() {
        var event = new InstituteEvent(details(TEN_AM, ZoneId.of("Africa/Lagos"), "Lagos", null, null),
                Instant.EPOCH);

        assertThat(event.startsAt()).isEqualTo(Instant.parse("2027-03-04T09:00:00Z"));
    }

    @Test
    void registrants_cancel_until_the_events_own_cutoff_or_else_the_institutes_default() {
        var withDefault = new InstituteEvent(details(TEN_AM, ZoneId.of("UTC"), "London", null, null),
                Instant.EPOCH);
        var ownCutoff = new InstituteEvent(details(TEN_AM, ZoneId.of("UTC"), "London", null, 6), Instant.EPOCH);

        assertThat(withDefault.cancellationCutoff(48)).isEqualTo(Instant.parse("2027-03-02T10:00:00Z"));
        assertThat(ownCutoff.cancellationCutoff(48)).isEqualTo(Instant.parse("2027-03-04T04:00:00Z"));
    }

    @Test
    void an_event_needs_a_place_or_a_link_and_must_end_after_it_starts() {
        assertThatExceptionOfType(EventRefusedException.class)
                .isThrownBy(() -> details(TEN_AM, ZoneId.of("UTC"), " ", null, null))
                .withMessage("Give a place, an online link, or both.");
        assertThatExceptionOfType(EventRefusedException.class)
                .isThrownBy(() -> details(TEN_AM, ZoneId.of("UTC"), null, "javascript:alert(1)", null))
                .withMessageContaining("https://");
        assertThatExceptionOfType(EventRefusedException.class)
                .isThrownBy(() -> new EventDetails(EventKind.FORUM, "Forum", "About", TEN_AM, TEN_AM,
                        ZoneId.of("UTC"), "Hall", null, 10, BigDecimal.ZERO, BigDecimal.ZERO,
                        CpdCategory.CONTINUING_EDUCATION, BigDecimal.ONE, 1, null, Set.of()))
                .withMessage("The event must end after it starts.");
    }

    @Test
    void fees_points_and_cutoff_stay_within_the_institutes_bounds_each_refused_on_its_field() {
        assertThat(bounded("100000.00", EventDetails.MAX_POINTS, EventDetails.MAX_CUTOFF_HOURS).memberFee())
                .isEqualByComparingTo(EventDetails.MAX_FEE);
        var refused = catchThrowableOfType(EventRefusedException.class,
                () -> bounded("100000.01", EventDetails.MAX_POINTS + 1, EventDetails.MAX_CUTOFF_HOURS + 1));
        assertThat(refused.fieldProblems()).extracting(FieldProblem::field).containsExactly(EventDetails.MEMBER_FEE,
                EventDetails.MEMBERSHIP_POINTS, EventDetails.CANCELLATION_CUTOFF_HOURS);
        assertThat(catchThrowableOfType(EventRefusedException.class, () -> bounded("9.999", 0, 0)).fieldProblems())
                .extracting(FieldProblem::message).containsExactly("A fee is \u00a30 to \u00a3100,000, in pounds and pence.");
        assertThat(catchThrowableOfType(EventRefusedException.class, () -> bounded("-1", -1, -1)).fieldProblems())
                .hasSize(3);
    }

    private static EventDetails bounded(String memberFee, int points, int cutoffHours) {
        return new EventDetails(EventKind.CONFERENCE, "Conference", "Two days.", TEN_AM, TEN_AM.plusDays(1),
                ZoneId.of("UTC"), "Hall", null, 500, new BigDecimal(memberFee), BigDecimal.ZERO,
                CpdCategory.CONTINUING_EDUCATION, BigDecimal.TEN, points, cutoffHours, Set.of());
    }

    private static EventDetails details(LocalDateTime start, ZoneId zone, String venue, String link,
            Integer cutoffHours) {
        return new EventDetails(EventKind.WORKSHOP, "Workshop", "Hands-on.", start, start.plusHours(2), zone, venue,
                link, 12, BigDecimal.TEN, BigDecimal.TEN, CpdCategory.CONTINUING_EDUCATION, BigDecimal.TWO, 5,
                cutoffHours, Set.of());
    }
}
