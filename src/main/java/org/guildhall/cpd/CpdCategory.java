package org.guildhall.cpd;

import java.math.BigDecimal;
import org.springframework.modulith.NamedInterface;

/** The four kinds of CPD activity seed 001 credits, each with its own rule and cap per cycle. */
@NamedInterface("api")
public enum CpdCategory {
    CONTINUING_EDUCATION("Continuing Education",
            "1 credit per hour of education; registration, meals, breaks, exhibit hall time, pre-work and other "
                    + "non-educational time do not count"),
    INSTRUCTION("Instruction / Teaching",
            "1 credit per hour of presentation time; a presentation or course counts again only when delivered to "
                    + "a different audience"),
    ON_THE_JOB("On the Job Experience",
            "1 credit per hour invested in a first-time project that added to your customer service or "
                    + "relationship management knowledge"),
    RESEARCH("Research and Publishing",
            "a fixed number of credits per published item, for research independent of your normal job "
                    + "responsibilities");

    private final String label;
    private final String rule;

    CpdCategory(String label, String rule) {
        this.label = label;
        this.rule = rule;
    }

    public String label() {
        return label;
    }

    /** The category's rule in one sentence, with the cap the institute currently sets. */
    public String ruleSentence(BigDecimal cap) {
        return label + ": " + rule + "; at most " + cap.stripTrailingZeros().toPlainString() + " credits per cycle.";
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
