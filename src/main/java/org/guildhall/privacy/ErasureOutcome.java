package org.guildhall.privacy;

import java.util.Arrays;
import java.util.List;

import org.guildhall.personaldata.ErasureLog;

/**
 * An erasure's outcome as stored with its request: one line per kind of record, {@code part|records|count|kept}
 * where {@code kept} is the message key of the ground for keeping them, empty when they were erased.
 */
public final class ErasureOutcome {

    private ErasureOutcome() {
    }

    static String write(ErasureLog log) {
        return String.join("\n", log.lines().stream()
                .map(line -> line.part() + "|" + line.records() + "|" + line.count() + "|" + line.keptBecause())
                .toList());
    }

    /** The lines of a stored outcome, as written. */
    public static List<ErasureLog.Line> read(String outcome) {
        return outcome.lines().filter(line -> !line.isBlank()).map(line -> {
            var fields = Arrays.copyOf(line.split("\\|", -1), 4);
            return new ErasureLog.Line(fields[0], fields[1], Integer.parseInt(fields[2]),
                    fields[3] == null ? "" : fields[3]);
        }).toList();
    }
}
