package org.guildhall.sponsorship.domain;

import java.time.Instant;
import java.util.List;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.guildhall.sponsorship.NominationData;
import org.guildhall.sponsorship.SponsorshipRefusedException;
import org.guildhall.sponsorship.domain.SponsorNominationPolicy.Candidate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Seed 000: an Associate needs "two CICRM member sponsors"; issue 3 spells out who may be one, and issue 11 that a
 * nomination names the sponsor by number or email and surname and gives nobody's name or standing away.
 */
class SponsorNominationPolicyTest {

    private static final long APPLICANT = 1;
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Candidate GRACE = new Candidate(2, "Grace Lindqvist", true, true);
    private static final Candidate KWAME = new Candidate(3, "Kwame Mensah", true, true);
    private static final Candidate MEI = new Candidate(4, "Mei Chen", true, true);

    @Test
    void a_member_in_good_standing_not_yet_asked_can_be_asked() {
        assertThat(SponsorNominationPolicy.mayBeAsked(APPLICANT, GRACE, List.of())).isTrue();
    }

    @Test
    void nobody_sponsors_themselves() {
        var self = new Candidate(APPLICANT, "Priya Raman", true, true);
        assertThat(SponsorNominationPolicy.mayBeAsked(APPLICANT, self, List.of())).isFalse();
    }

    @Test
    void a_member_already_asked_is_not_asked_again_and_naming_them_again_is_a_no_op() {
        assertThat(SponsorNominationPolicy.mayBeAsked(APPLICANT, GRACE, List.of(asked(GRACE)))).isFalse();
        assertThat(SponsorNominationPolicy.alreadyAsked(GRACE, List.of(asked(GRACE)))).isTrue();
    }

    @Test
    void a_member_who_declined_is_not_asked_again() {
        var declined = asked(GRACE);
        declined.decline(NOW);
        assertThat(SponsorNominationPolicy.mayBeAsked(APPLICANT, GRACE, List.of(declined))).isFalse();
        assertThat(SponsorNominationPolicy.alreadyAsked(GRACE, List.of(declined))).isFalse();
    }

    @Test
    void a_non_member_or_a_lapsed_member_cannot_sponsor() {
        assertThat(SponsorNominationPolicy.mayBeAsked(APPLICANT, new Candidate(5, "Liam O'Connor", false, false),
                List.of())).isFalse();
        assertThat(SponsorNominationPolicy.mayBeAsked(APPLICANT, new Candidate(6, "Sofia Marchetti", true, false),
                List.of())).isFalse();
    }

    @Test
    void a_third_sponsor_is_asked_only_to_replace_one_who_declined() {
        var grace = asked(GRACE);
        var kwame = asked(KWAME);
        assertThat(SponsorNominationPolicy.refusal(List.of(grace, kwame)).map(Text::english)).get().asString()
                .contains("already have two sponsors");

        kwame.decline(NOW);
        assertThat(SponsorNominationPolicy.refusal(List.of(grace, kwame))).isEmpty();
        assertThat(SponsorNominationPolicy.mayBeAsked(APPLICANT, MEI, List.of(grace, kwame))).isTrue();
    }

    @Test
    void the_surname_must_be_the_end_of_the_members_name_ignoring_case_accents_and_spaces() {
        assertThat(SponsorNominationPolicy.matchesSurname("Grace Lindqvist", "lindqvist")).isTrue();
        assertThat(SponsorNominationPolicy.matchesSurname("Tomás Álvarez", "  ALVAREZ ")).isTrue();
        assertThat(SponsorNominationPolicy.matchesSurname("Jan van der Berg", "van der  Berg")).isTrue();
        assertThat(SponsorNominationPolicy.matchesSurname("Jan van der Berg", "Berg")).isTrue();
        assertThat(SponsorNominationPolicy.matchesSurname("Grace Lindqvist", "Grace")).isFalse();
        assertThat(SponsorNominationPolicy.matchesSurname("Grace Lindqvist", "Lindq")).isFalse();
        assertThat(SponsorNominationPolicy.matchesSurname("Grace Lindqvist", " ")).isFalse();
        assertThat(SponsorNominationPolicy.matchesSurname("Mei Chen", "Grace Mei Chen")).isFalse();
    }

    @Test
    void an_applicant_sees_only_the_surname_of_a_sponsor_who_has_not_answered() {
        assertThat(SponsorNominationPolicy.surnameOf("Grace  Lindqvist ")).isEqualTo("Lindqvist");
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

    @Test
    void a_nomination_needs_both_the_number_or_email_and_the_surname_each_refused_on_its_field() {
        assertThatExceptionOfType(SponsorshipRefusedException.class)
                .isThrownBy(() -> SponsorNominationPolicy.checkEntry(new NominationData(" ", null)))
                .extracting(SponsorshipRefusedException::fieldProblems).asList()
                .extracting(problem -> ((FieldProblem) problem).field())
                .containsExactly(NominationData.MEMBER_NUMBER_OR_EMAIL, NominationData.SURNAME);
    }

    @Test
    void a_surname_longer_than_any_account_name_is_refused_on_its_field() {
        String tooLong = "x".repeat(SponsorNominationPolicy.MAX_SURNAME + 1);
        assertThatExceptionOfType(SponsorshipRefusedException.class)
                .isThrownBy(() -> SponsorNominationPolicy.checkEntry(new NominationData("GH-001001", tooLong)))
                .extracting(SponsorshipRefusedException::fieldProblems).asList()
                .extracting(problem -> ((FieldProblem) problem).field())
                .containsExactly(NominationData.SURNAME);
        assertThatNoException().isThrownBy(() -> SponsorNominationPolicy.checkEntry(
                new NominationData("GH-001001", "x".repeat(SponsorNominationPolicy.MAX_SURNAME))));
    }

    private static Sponsorship asked(Candidate sponsor) {
        return new Sponsorship(100, sponsor.accountId(), NOW);
    }
}
