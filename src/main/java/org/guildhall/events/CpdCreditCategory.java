package org.guildhall.events;

/**
 * The CPD category an event's attendees are credited in (seed 001's four categories); presenters are always
 * credited Instruction hours.
 */
public enum CpdCreditCategory {
    CONTINUING_EDUCATION("Continuing Education"), INSTRUCTION("Instruction / Teaching"),
    ON_THE_JOB_EXPERIENCE("On-the-job experience"), RESEARCH_AND_PUBLICATION("Research and publication");

    private final String label;

    CpdCreditCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
