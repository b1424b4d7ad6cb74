package org.guildhall.events.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guildhall.cpd.AutomaticCredit;
import org.guildhall.cpd.CpdActivityType;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdRulebook;
import org.guildhall.events.EventDetails;
import org.guildhall.events.EventKind;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Seeds 000 and 001: what attending or presenting at an event credits, and to which audience. */
class AttendanceCreditTest {

    private static final CpdRulebook RULEBOOK = new CpdRulebook(Map.of(), List.of(
            type("CONFERENCE", CpdCategory.CONTINUING_EDUCATION), type("WORKSHOP", CpdCategory.CONTINUING_EDUCATION),
            type("WEBINAR", CpdCategory.CONTINUING_EDUCATION), type("INTERNAL_PRESENTATION", CpdCategory.INSTRUCTION),
            type("COURSE_OR_SESSION", CpdCategory.INSTRUCTION), type("CX_FRAMEWORK", CpdCategory.ON_THE_JOB)));

    @Test
    void an_attendee_earns_the_events_educational_hours_as_the_activity_its_kind_is() {
        var credit = AttendanceCredit.of(event(EventKind.WORKSHOP, CpdCategory.CONTINUING_EDUCATION, "6"), 9, false,
                RULEBOOK).orElseThrow();

        assertThat(credit.category()).isEqualTo(CpdCategory.CONTINUING_EDUCATION);
        assertThat(credit.activityType()).isEqualTo("WORKSHOP");
        assertThat(credit.hours()).isEqualByComparingTo("6");
        assertThat(credit.date()).isEqualTo(LocalDate.of(2027, 2, 3));
        assertThat(credit.sourceKey()).isEqualTo("event:77:attendance:9");
        assertThat(credit.audience()).isNull();
    }

    @Test
    void a_presenter_earns_instruction_hours_delivered_to_this_events_audience() {
        var credit = AttendanceCredit.of(event(EventKind.SEMINAR, CpdCategory.CONTINUING_EDUCATION, "2.5"), 4, true,
                RULEBOOK).orElseThrow();

        assertThat(credit).extracting(AutomaticCredit::category, AutomaticCredit::activityType)
                .containsExactly(CpdCategory.INSTRUCTION, "COURSE_OR_SESSION");
        assertThat(credit.audience()).isEqualTo("Attendees of event no. 77 (2027-02-03)");
    }

    @Test
    void an_event_in_another_category_takes_that_categorys_first_activity_type() {
        var credit = AttendanceCredit.of(event(EventKind.FORUM, CpdCategory.ON_THE_JOB, "3"), 4, false, RULEBOOK)
                .orElseThrow();

        assertThat(credit.activityType()).isEqualTo("CX_FRAMEWORK");
    }

    @Test
    void an_event_without_educational_hours_earns_no_cpd_credit() {
        assertThat(AttendanceCredit.of(event(EventKind.FORUM, CpdCategory.CONTINUING_EDUCATION, "0"), 4, false,
                RULEBOOK)).isEmpty();
    }

    private static InstituteEvent event(EventKind kind, CpdCategory category, String hours) {
        var start = LocalDateTime.of(2027, 2, 3, 23, 30);
        var event = new InstituteEvent(new EventDetails(kind, "Queue design", "About queues.", start,
                start.plusHours(3), ZoneId.of("Europe/London"), "Hall", null, 20, BigDecimal.ZERO, BigDecimal.ZERO,
                category, new BigDecimal(hours), 5, null, Set.of()), Instant.EPOCH);
        ReflectionTestUtils.setField(event, "id", 77L);
        return event;
    }

    private static CpdActivityType type(String code, CpdCategory category) {
        return new CpdActivityType(code, category, code, BigDecimal.ONE, null);
    }
}
