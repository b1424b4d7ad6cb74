package org.guildhall.appeals.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

import org.guildhall.appeals.AppealPanelChoice;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;

/**
 * Who may sit on an appeal panel (ISO/IEC 17024, 9.8: the appeal is heard by persons not involved in the decision
 * appealed): nobody who took the original decision, not the appellant, and nobody with a conflict with the
 * appellant under the conflict rules panels use. Unlike a portfolio panel, no reason overrides an exclusion: an
 * appeal panel must be beyond question, and the institute's pool is large enough for one.
 */
public final class AppealPanelPolicy {

    private AppealPanelPolicy() {
    }

    /**
     * Why each assessor of the pool may not sit, keyed by account id; an assessor with no entry may.
     *
     * @param conflicts the conflict rules' reasons between an assessor and the appellant
     */
    public static Map<Long, List<Text>> exclusions(List<Long> pool, long appellantAccountId, Set<Long> deciders,
            LongFunction<List<Text>> conflicts) {
        var excluded = new LinkedHashMap<Long, List<Text>>();
        for (long assessor : pool) {
            var reasons = new ArrayList<Text>();
            if (assessor == appellantAccountId) {
                reasons.add(Text.of("appeals.panel.excluded.appellant"));
            } else {
                if (deciders.contains(assessor)) {
                    reasons.add(Text.of("appeals.panel.excluded.decider"));
                }
                reasons.addAll(conflicts.apply(assessor));
            }
            if (!reasons.isEmpty()) {
                excluded.put(assessor, List.copyOf(reasons));
            }
        }
        return excluded;
    }

    /**
     * Every problem with the registrar's choice, on its field: nobody chosen, a chair not among the chosen, or an
     * excluded assessor (named, with the first reason).
     *
     * @param names the chosen assessors' names, for the messages
     */
    public static List<FieldProblem> problems(AppealPanelChoice choice, Map<Long, List<Text>> exclusions,
            Map<Long, String> names) {
        var problems = new ArrayList<FieldProblem>();
        var chosen = new HashSet<>(choice.assessorIds());
        if (chosen.isEmpty()) {
            problems.add(new FieldProblem(AppealPanelChoice.ASSESSORS, "appeals.panel.choose"));
        }
        for (long assessor : choice.assessorIds()) {
            var reasons = exclusions.get(assessor);
            if (reasons != null) {
                problems.add(new FieldProblem(AppealPanelChoice.ASSESSORS, Text.of("appeals.panel.excluded",
                        names.getOrDefault(assessor, "#" + assessor), reasons.getFirst())));
            }
        }
        var chair = choice.chairAccountId();
        if (chair == null || !chosen.contains(chair)) {
            problems.add(new FieldProblem(AppealPanelChoice.CHAIR, "appeals.panel.chair-from-panel"));
        }
        return problems;
    }
}
