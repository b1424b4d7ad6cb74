package org.guildhall.assessment;

import java.util.List;

import org.guildhall.shared.Text;

/** The scoring rubric: the four competency domains (seed 004), each with its criteria scored 0 to 4. */
public record Rubric(List<Domain> domains) {

    public static final int MIN_POINTS = 0;
    public static final int MAX_POINTS = 4;

    public record Domain(String code, String name, List<Criterion> criteria) {

        /** The domain's name in the reader's language (the seeded four have a message each). */
        public Text text() {
            return textOf(code);
        }
    }

    public record Criterion(long id, String text) {
    }

    /** A domain's name in the reader's language, by its code. */
    public static Text textOf(String domainCode) {
        return Text.of("assessment.domain." + domainCode.toLowerCase());
    }

    public List<Criterion> criteria() {
        return domains.stream().flatMap(domain -> domain.criteria().stream()).toList();
    }
}
