package org.guildhall.assessment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.guildhall.assessment.Conflict;
import org.guildhall.assessment.ConflictKind;
import org.guildhall.assessment.domain.ConflictPolicy.Assessor;
import org.guildhall.assessment.domain.ConflictPolicy.Candidate;
import org.guildhall.assessment.domain.ConflictPolicy.CoPresented;
import org.guildhall.assessment.domain.ConflictPolicy.EarlierPanel;
import org.guildhall.assessment.domain.ConflictPolicy.Job;
import org.guildhall.assessment.domain.ConflictPolicy.Referee;
import org.guildhall.shared.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issues 5 and 20: who may not assess a candidate, found from the portal's records, each conflict with its reason,
 * and which of them a registrar may override.
 */
class ConflictPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final int YEARS = 3;
    private static final long CANDIDATE = 10;
    private static final long PORTFOLIO = 500;

    private static final Candidate candidate = new Candidate(CANDIDATE, "Northwind Telecom Ltd",
            List.of(new Job("Contoso Retail", LocalDate.of(2015, 1, 1), LocalDate.of(2023, 12, 31)),
                    new Job("Harbour Insurance", LocalDate.of(2010, 1, 1), LocalDate.of(2014, 12, 31))),
            Set.of(21L),
            List.of(new Referee("Grace  Lindqvist", "+44 20 7946 0000", "Former head of operations"),
                    new Referee("Someone Else", "ROHAN@example.org", "Client")),
            List.of(new CoPresented(24L, "Complaints that teach", LocalDate.of(2025, 3, 4))),
            List.of(new EarlierPanel(PORTFOLIO, "CCSM", LocalDate.of(2026, 2, 1), Set.of(25L, 26L)),
                    new EarlierPanel(400, "CCEM", LocalDate.of(2024, 5, 1), Set.of(26L))),
            Set.of(22L));

    private static List<Conflict> conflicts(Assessor assessor) {
        return ConflictPolicy.check(assessor, candidate, TODAY, YEARS, null).conflicts();
    }

    private static Assessor assessor(long id, String employer, Job... jobs) {
        return new Assessor(id, "Assessor " + id, "a" + id + "@example.org", employer, List.of(jobs));
    }

    @Test
    void the_candidate_never_assesses_their_own_portfolio_and_that_is_not_overridable() {
        assertThat(conflicts(assessor(CANDIDATE, null))).extracting(Conflict::kind)
                .containsExactly(ConflictKind.SELF);
        assertThat(ConflictKind.SELF.overridable()).isFalse();
    }

    @Test
    void rule_1_someone_at_the_same_current_employer_is_conflicted_however_the_name_is_written() {
        var found = conflicts(assessor(30, "  northwind   telecom "));
        assertThat(found).extracting(Conflict::kind).containsExactly(ConflictKind.SAME_EMPLOYER);
        assertThat(found.getFirst().detail()).isEqualTo(
                Text.of("assessment.conflict.same-employer.detail", "Northwind Telecom Ltd"));
        assertThat(conflicts(assessor(30, "Northwind Energy"))).isEmpty();
    }

    @Test
    void rule_1_a_shared_employer_in_the_work_history_counts_within_the_years_set_and_says_until_when() {
        var colleague = assessor(31, null, new Job("Contoso Retail Limited", LocalDate.of(2019, 6, 1), null));
        var found = conflicts(colleague);
        assertThat(found).extracting(Conflict::kind).containsExactly(ConflictKind.SAME_EMPLOYER);
        assertThat(found.getFirst().detail()).isEqualTo(Text.of("assessment.conflict.same-employer.past.detail",
                "Contoso Retail", YEARS, LocalDate.of(2023, 12, 31)));

        var longAgo = assessor(32, null, new Job("Harbour Insurance", LocalDate.of(2012, 1, 1), null));
        assertThat(conflicts(longAgo)).as("the candidate left Harbour Insurance more than 3 years ago").isEmpty();
        assertThat(ConflictPolicy.check(longAgo, candidate, TODAY, 15, null).conflicts())
                .as("a longer setting reaches it").extracting(Conflict::kind)
                .containsExactly(ConflictKind.SAME_EMPLOYER);
    }

    @Test
    void rule_1_the_window_ends_exactly_the_set_years_after_the_shared_time() {
        var colleague = assessor(33, "Contoso Retail");
        assertThat(ConflictPolicy.check(colleague, candidate, LocalDate.of(2026, 12, 31), YEARS, null).conflicts())
                .as("three years to the day after the candidate left").hasSize(1);
        assertThat(ConflictPolicy.check(colleague, candidate, LocalDate.of(2027, 1, 1), YEARS, null).conflicts())
                .isEmpty();
    }

    @Test
    void no_employer_on_either_side_is_no_employer_conflict() {
        var withoutEmployer = new Candidate(CANDIDATE, null, List.of(), Set.of(), List.of(), List.of(), List.of(),
                Set.of());
        assertThat(ConflictPolicy.check(assessor(30, null), withoutEmployer, TODAY, YEARS, null).conflicts())
                .isEmpty();
        assertThat(ConflictPolicy.check(assessor(30, "Northwind Telecom"), withoutEmployer, TODAY, YEARS, null)
                .conflicts()).isEmpty();
    }

    @Test
    void rule_2_a_sponsor_of_the_candidates_membership_is_conflicted() {
        assertThat(conflicts(assessor(21, "Lumen Care"))).extracting(Conflict::kind)
                .containsExactly(ConflictKind.SPONSOR);
    }

    @Test
    void rule_3_a_referee_in_the_portfolio_is_found_by_name_or_by_the_email_given_as_contact() {
        var byName = new Assessor(40, "grace lindqvist", "grace@example.org", null, List.of());
        var found = ConflictPolicy.check(byName, candidate, TODAY, YEARS, null).conflicts();
        assertThat(found).extracting(Conflict::kind).containsExactly(ConflictKind.REFEREE);
        assertThat(found.getFirst().detail())
                .isEqualTo(Text.of("assessment.conflict.referee.detail", "Former head of operations"));
        var byEmail = new Assessor(41, "Rohan Desai", "rohan@example.org", null, List.of());
        assertThat(ConflictPolicy.check(byEmail, candidate, TODAY, YEARS, null).conflicts())
                .extracting(Conflict::kind).containsExactly(ConflictKind.REFEREE);
    }

    @Test
    void rule_4_a_co_presenter_at_an_institute_event_is_conflicted_with_the_event_named() {
        var found = conflicts(assessor(24, null));
        assertThat(found).extracting(Conflict::kind).containsExactly(ConflictKind.CO_PRESENTER);
        assertThat(found.getFirst().detail()).isEqualTo(Text.of("assessment.conflict.co-presenter.detail",
                "Complaints that teach", LocalDate.of(2025, 3, 4)));
    }

    @Test
    void rule_5_an_earlier_panel_on_the_candidate_is_a_conflict_outside_a_resubmission() {
        assertThat(conflicts(assessor(25, null))).extracting(Conflict::kind)
                .containsExactly(ConflictKind.EARLIER_PANEL);
    }

    @Test
    void rule_5_for_the_resubmission_of_that_portfolio_the_earlier_panel_is_continuity_not_a_conflict() {
        var findings = ConflictPolicy.check(assessor(25, null), candidate, TODAY, YEARS, PORTFOLIO);
        assertThat(findings.conflicts()).isEmpty();
        assertThat(findings.continuity()).containsExactly(Text.of("assessment.conflict.earlier-panel.continuity",
                "CCSM", LocalDate.of(2026, 2, 1)));

        var judgedAnotherPortfolioToo = ConflictPolicy.check(assessor(26, null), candidate, TODAY, YEARS, PORTFOLIO);
        assertThat(judgedAnotherPortfolioToo.continuity()).hasSize(1);
        assertThat(judgedAnotherPortfolioToo.conflicts()).as("the CCEM panel is still a conflict")
                .extracting(Conflict::kind).containsExactly(ConflictKind.EARLIER_PANEL);
    }

    @Test
    void rule_6_a_declared_conflict_either_way_is_a_conflict() {
        assertThat(conflicts(assessor(22, null))).extracting(Conflict::kind)
                .containsExactly(ConflictKind.DECLARED);
    }

    @Test
    void every_conflict_found_is_listed_each_with_its_reason_and_all_but_self_may_be_overridden() {
        var everything = new Assessor(21, "Grace Lindqvist", "g@example.org", "Northwind Telecom", List.of());
        assertThat(conflicts(everything)).extracting(Conflict::kind)
                .containsExactly(ConflictKind.SAME_EMPLOYER, ConflictKind.SPONSOR, ConflictKind.REFEREE);
        assertThat(List.of(ConflictKind.values())).filteredOn(kind -> kind != ConflictKind.SELF)
                .allMatch(ConflictKind::overridable);
    }

    @Test
    void someone_with_no_tie_has_no_conflict() {
        assertThat(conflicts(assessor(99, "Harbour Insurance"))).isEmpty();
    }
}
