package org.guildhall.cpd.domain;

import java.time.LocalDate;
import java.util.HashMap;

import org.guildhall.cpd.CpdRulebook;

/**
 * The CPD rulebook as the institute had it on each day: caps and credit values are changed from a day on, never
 * back in time, so a cycle keeps the rules it was counted under.
 */
@FunctionalInterface
public interface RulesInForce {

    CpdRulebook on(LocalDate day);

    /**
     * These rules with each day's rulebook made once, for one request or walk that weighs many activities; not to be
     * shared between threads or kept beyond the request (a change would go unseen).
     */
    default RulesInForce remembered() {
        var made = new HashMap<LocalDate, CpdRulebook>();
        return day -> made.computeIfAbsent(day, this::on);
    }

    /** The same rules on every day, for rules that never changed. */
    static RulesInForce always(CpdRulebook rulebook) {
        return day -> rulebook;
    }
}
