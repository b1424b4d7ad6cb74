package org.guildhall.assessment.domain;

import java.util.List;

import org.guildhall.assessment.domain.PanelProposalPolicy.Assessor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5: the portal proposes the unconflicted assessors with the lightest open workload. */
class PanelProposalPolicyTest {

    @Test
    void the_least_loaded_assessors_are_proposed_first() {
        var pool = List.of(new Assessor(1, "Ada", 4, false, true, false), new Assessor(2, "Ben", 0, false, true, false),
                new Assessor(3, "Cleo", 2, false, true, false), new Assessor(4, "Dev", 1, false, true, false));
        assertThat(PanelProposalPolicy.propose(pool, 3)).containsExactly(2L, 4L, 3L);
    }

    @Test
    void conflicted_assessors_are_never_proposed_however_light_their_load() {
        var pool = List.of(new Assessor(1, "Ada", 0, true, true, false), new Assessor(2, "Ben", 3, false, true, false),
                new Assessor(3, "Cleo", 5, false, true, false));
        assertThat(PanelProposalPolicy.propose(pool, 3)).containsExactly(2L, 3L);
    }

    @Test
    void equal_loads_are_broken_by_name_so_the_proposal_is_stable() {
        var pool = List.of(new Assessor(7, "Zara", 1, false, true, false), new Assessor(8, "Mei", 1, false, true, false),
                new Assessor(9, "Daniel", 1, false, true, false));
        assertThat(PanelProposalPolicy.propose(pool, 2)).containsExactly(9L, 8L);
    }

    @Test
    void issue_20_an_assessor_not_qualified_for_the_designation_is_never_proposed() {
        var pool = List.of(new Assessor(1, "Ada", 0, false, false, false), new Assessor(2, "Ben", 3, false, true,
                false));
        assertThat(PanelProposalPolicy.propose(pool, 2)).containsExactly(2L);
    }

    @Test
    void issue_20_a_resubmission_keeps_the_earlier_panel_when_its_members_are_available() {
        var pool = List.of(new Assessor(1, "Ada", 0, false, true, false), new Assessor(2, "Ben", 5, false, true,
                true), new Assessor(3, "Cleo", 4, false, true, true), new Assessor(4, "Dev", 9, true, true, true));
        assertThat(PanelProposalPolicy.propose(pool, 3)).as("the earlier panel's free members first, then the lightest")
                .containsExactly(3L, 2L, 1L);
    }
}
