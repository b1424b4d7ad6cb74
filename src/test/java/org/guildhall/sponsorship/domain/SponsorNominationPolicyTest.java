package org.guildhall.sponsorship.domain;

import java.time.Instant;
import java.util.List;

import org.guildhall.sponsorship.domain.SponsorNominationPolicy.Candidate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 000: an Associate needs "two CICRM member sponsors"; issue 3 spells out who may be one. */
class SponsorNominationPolicyTest {

    private static final long APPLICANT = 1;
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Candidate GRACE = new Candidate(2, "Grace Lindqvist", true, true);
    private static final Candidate KWAME = new Candidate(3, "Kwame Mensah", true, true);
    private static final Candidate MEI = new Candidate(4, "Mei Chen", true, true);

    @Test
    void a_member_in_good_standing_not_yet_asked_can_be_nominated() {
        assertThat(SponsorNominationPolicy.refusal(APPLICANT, GRACE, List.of())).isEmpty();
    }

    @Test
    void nobody_sponsors_themselves() {
        var self = new Candidate(APPLICANT, "Priya Raman", true, true);
        assertThat(SponsorNominationPolicy.refusal(APPLICANT, self, List.of()))
                .contains("You cannot sponsor your own application.");
    }

    @Test
    void the_same_member_cannot_be_asked_twice() {
        assertThat(SponsorNominationPolicy.refusal(APPLICANT, GRACE, List.of(asked(GRACE))))
                .contains("You have already nominated Grace Lindqvist.");
    }

    @Test
    void a_member_who_declined_is_not_asked_again() {
        var declined = asked(GRACE);
        declined.decline(NOW);
        assertThat(SponsorNominationPolicy.refusal(APPLICANT, GRACE, List.of(declined)))
                .contains("Grace Lindqvist has declined; nominate another member.");
    }

    @Test
    void a_non_member_cannot_sponsor() {
        var applicantFriend = new Candidate(5, "Liam O'Connor", false, false);
        assertThat(SponsorNominationPolicy.refusal(APPLICANT, applicantFriend, List.of())).get().asString()
                .contains("is not a member");
    }

    @Test
    void a_lapsed_member_cannot_sponsor() {
        var lapsed = new Candidate(6, "Sofia Marchetti", true, false);
        assertThat(SponsorNominationPolicy.refusal(APPLICANT, lapsed, List.of())).get().asString()
                .contains("not in good standing");
    }

    @Test
    void a_third_sponsor_is_asked_only_to_replace_one_who_declined() {
        var grace = asked(GRACE);
        var kwame = asked(KWAME);
        assertThat(SponsorNominationPolicy.refusal(APPLICANT, MEI, List.of(grace, kwame))).get().asString()
                .contains("already have two sponsors");

        kwame.decline(NOW);
        assertThat(SponsorNominationPolicy.refusal(APPLICANT, MEI, List.of(grace, kwame))).isEmpty();
    }

    @Test
    void two_acceptances_and_only_two_make_an_application_fully_sponsored() {
        var grace = asked(GRACE);
        var kwame = asked(KWAME);
        grace.accept("Led our complaints team with care.", NOW);
        assertThat(SponsorNominationPolicy.isFullySponsored(List.of(grace, kwame))).isFalse();
        kwame.accept("A thoughtful contact-centre manager.", NOW);
        assertThat(SponsorNominationPolicy.isFullySponsored(List.of(grace, kwame))).isTrue();
    }

    private static Sponsorship asked(Candidate sponsor) {
        return new Sponsorship(100, sponsor.accountId(), NOW);
    }
}
