package org.guildhall.cpd;

import java.math.BigDecimal;
import java.util.Locale;

import org.guildhall.shared.Text;
import org.springframework.modulith.NamedInterface;

/** The four kinds of CPD activity seed 001 credits, each with its own rule and cap per cycle. */
@NamedInterface("api")
public enum CpdCategory {
    CONTINUING_EDUCATION, INSTRUCTION, ON_THE_JOB, RESEARCH;

    /** The key of the category's name in the cpd bundle ({@code cpd.category.on-the-job.label}). */
    public String labelKey() {
        return keyPrefix() + ".label";
    }

    /** The name in English, for logs and staff exports. */
    public String label() {
        return Text.of(labelKey()).english();
    }

    /** The category's rule in one sentence, with the cap the institute currently sets. */
    public Text ruleSentence(BigDecimal cap) {
        return Text.of("cpd.category.rule-sentence", Text.of(labelKey()), Text.of(keyPrefix() + ".rule"), cap);
    }

    private String keyPrefix() {
        return "cpd.category." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Continuing Education asks for the non-educational time, which it subtracts. */
    public boolean excludesNonEducationalTime() {
        return this == CONTINUING_EDUCATION;
    }

    /** Instruction records who it was delivered to: the same audience twice earns credit once. */
    public boolean recordsAudience() {
        return this == INSTRUCTION;
    }

    /** Research and Publishing must be independent of the member's job, which they declare. */
    public boolean needsIndependenceDeclaration() {
        return this == RESEARCH;
    }
}
