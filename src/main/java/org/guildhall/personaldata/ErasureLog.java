package org.guildhall.personaldata;

import java.util.ArrayList;
import java.util.List;

/**
 * What an erasure did, kind of record by kind of record: erased (deleted or pseudonymised) or kept, with the
 * ground for keeping it. The registrar's log of the request keeps these lines; they name no personal data.
 */
public final class ErasureLog {

    /** One kind of record: how many rows, and the message key of the ground for keeping them (empty when erased). */
    public record Line(String part, String records, int count, String keptBecause) {

        public boolean erased() {
            return keptBecause.isEmpty();
        }
    }

    private final List<Line> lines = new ArrayList<>();

    public void erased(String part, String records, int count) {
        lines.add(new Line(part, records, count, ""));
    }

    public void kept(String part, String records, int count, String becauseKey) {
        lines.add(new Line(part, records, count, becauseKey));
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }
}
