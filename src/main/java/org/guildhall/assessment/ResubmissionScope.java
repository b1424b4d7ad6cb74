package org.guildhall.assessment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.guildhall.assessment.domain.Panel;
import org.guildhall.assessment.domain.PanelRepository;
import org.guildhall.assessment.domain.RubricRepository;
import org.springframework.stereotype.Component;

/**
 * What a panel assesses (issue 20): the whole rubric, or for a partial resubmission only the competency domains the
 * earlier panel found not yet met; the domains it found met carry over into the new decision unchanged.
 */
@Component
class ResubmissionScope {

    private final PanelRepository panels;
    private final RubricRepository rubric;

    ResubmissionScope(PanelRepository panels, RubricRepository rubric) {
        this.panels = panels;
        this.rubric = rubric;
    }

    /** The rubric this panel scores and decides on: without the domains carried over. */
    Rubric rubricFor(Panel panel) {
        var carried = carriedOverCodes(panel);
        return new Rubric(rubric.rubric().domains().stream().filter(d -> !carried.contains(d.code())).toList());
    }

    /** The earlier panel's met domains, which this panel does not assess again; empty unless a resubmission. */
    List<DomainVerdict> carriedOver(Panel panel) {
        Long earlier = panel.resubmissionOf();
        if (earlier == null) {
            return List.of();
        }
        return panels.findById(earlier).orElseThrow().domainVerdicts().stream().filter(DomainVerdict::met).toList();
    }

    /** The carried-over verdicts and the panel's own, in the whole rubric's order: what the decision records. */
    List<DomainVerdict> withCarriedOver(Panel panel, List<DomainVerdict> assessed) {
        Map<String, DomainVerdict> all = assessed.stream()
                .collect(Collectors.toMap(DomainVerdict::domainCode, Function.identity()));
        carriedOver(panel).forEach(verdict -> all.put(verdict.domainCode(), verdict));
        return rubric.rubric().domains().stream().map(d -> all.get(d.code())).toList();
    }

    private Set<String> carriedOverCodes(Panel panel) {
        return carriedOver(panel).stream().map(DomainVerdict::domainCode).collect(Collectors.toSet());
    }
}
