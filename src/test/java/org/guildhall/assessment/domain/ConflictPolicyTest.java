package org.guildhall.assessment.domain;

import java.util.Set;

import org.guildhall.assessment.Conflict;
import org.guildhall.assessment.ConflictKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5: who may not assess a candidate, and which of those conflicts a registrar may override. */
class ConflictPolicyTest {

    private static final long CANDIDATE = 10;
    private static final ConflictPolicy.Candidate candidate = new ConflictPolicy.Candidate(CANDIDATE,
            "Northwind Telecom Ltd", Set.of(21L), Set.of(22L));

    @Test
    void the_candidate_never_assesses_their_own_portfolio_and_that_is_not_overridable() {
        var conflicts = ConflictPolicy.conflicts(CANDIDATE, null, candidate);
        assertThat(conflicts).extracting(Conflict::kind).containsExactly(ConflictKind.SELF);
        assertThat(ConflictKind.SELF.overridable()).isFalse();
    }

    @Test
    void a_sponsor_of_the_candidates_membership_is_conflicted() {
        assertThat(ConflictPolicy.conflicts(21, "Contoso Retail", candidate)).extracting(Conflict::kind)
                .containsExactly(ConflictKind.SPONSOR);
    }

    @Test
    void someone_at_the_same_current_employer_is_conflicted_however_the_name_is_written() {
        assertThat(ConflictPolicy.conflicts(30, "  northwind   telecom ", candidate)).extracting(Conflict::kind)
                .containsExactly(ConflictKind.SAME_EMPLOYER);
        assertThat(ConflictPolicy.conflicts(30, "Northwind Energy", candidate)).isEmpty();
    }

    @Test
    void no_employer_on_either_side_is_no_employer_conflict() {
        var withoutEmployer = new ConflictPolicy.Candidate(CANDIDATE, null, Set.of(), Set.of());
        assertThat(ConflictPolicy.conflicts(30, null, withoutEmployer)).isEmpty();
        assertThat(ConflictPolicy.conflicts(30, "Northwind Telecom", withoutEmployer)).isEmpty();
    }

    @Test
    void a_declared_conflict_either_way_is_a_conflict() {
        assertThat(ConflictPolicy.conflicts(22, null, candidate)).extracting(Conflict::kind)
                .containsExactly(ConflictKind.DECLARED);
    }

    @Test
    void every_kind_but_self_may_be_overridden_with_a_reason() {
        assertThat(ConflictKind.SPONSOR.overridable()).isTrue();
        assertThat(ConflictKind.SAME_EMPLOYER.overridable()).isTrue();
        assertThat(ConflictKind.DECLARED.overridable()).isTrue();
    }

    @Test
    void an_unrelated_assessor_has_no_conflict() {
        assertThat(ConflictPolicy.conflicts(99, "Harbour Insurance", candidate)).isEmpty();
    }
}
