package org.guildhall.cpd.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.guildhall.cpd.CpdRefusedException;
import org.guildhall.cpd.EssayStatus;
import org.guildhall.cpd.HardshipKind;
import org.guildhall.cpd.HardshipReason;
import org.guildhall.cpd.HardshipState;
import org.junit.jupiter.api.Test;

/**
 * A hardship request and a recertification essay record their decision the same way: who decided, when, and the
 * reason given. A hardship request is decided once; an essay is reviewed again once rewritten.
 */
class DecisionTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant FRIDAY = Instant.parse("2026-11-06T16:00:00Z");
    private static final String ESSAY = "What I learned in the cycle and how my team works differently now. ";

    @Test
    void a_hardship_request_records_the_registrars_decision_once() {
        var request = new HardshipRequest(1, 2, 1, "CCSP", HardshipKind.EXTENSION, HardshipReason.ILLNESS,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), "Three months in hospital.", UUID.randomUUID(),
                MONDAY);
        assertThat(request.decision()).isNull();

        request.grantExtension(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 4, 10), "registrar@example.org", FRIDAY,
                "Hospital letter seen.");

        assertThat(request.state()).isEqualTo(HardshipState.EXTENDED);
        assertThat(request.decision()).isEqualTo(new Decision("registrar@example.org", FRIDAY,
                "Hospital letter seen."));
        assertThat(request.decisionNote()).isEqualTo("Hospital letter seen.");
        assertThatThrownBy(() -> request.refuse("Changed my mind.", "other@example.org", FRIDAY))
                .isInstanceOf(CpdRefusedException.class);
        assertThat(request.decision().decidedBy()).isEqualTo("registrar@example.org");
    }

    @Test
    void an_essay_keeps_its_feedback_while_rewritten_and_the_next_review_replaces_it() {
        var essay = new RecertificationEssay(1, 2, 1, "CCCM", ESSAY.repeat(6), MONDAY);
        assertThat(essay.review()).isNull();

        essay.review(false, "assessor@example.org", "Say what changed in your practice.", MONDAY);
        essay.resubmit(ESSAY.repeat(7), FRIDAY);

        assertThat(essay.status()).isEqualTo(EssayStatus.SUBMITTED);
        assertThat(essay.feedback()).as("the member rewrites it with the feedback in view")
                .isEqualTo("Say what changed in your practice.");

        essay.review(true, "second@example.org", null, FRIDAY);

        assertThat(essay.status()).isEqualTo(EssayStatus.ACCEPTED);
        assertThat(essay.review()).isEqualTo(new Decision("second@example.org", FRIDAY, null));
    }
}
