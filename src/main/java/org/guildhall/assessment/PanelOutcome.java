package org.guildhall.assessment;

/** The panel's decision on a portfolio (an interview is scheduled first, then one of these is recorded). */
public enum PanelOutcome {
    AWARD("Awarded", "The panel has awarded you the designation."),
    RESUBMIT("Resubmission requested",
            "The panel asks you to revise your portfolio and submit it again. Its guidance follows."),
    DECLINE("Declined", "The panel has decided not to award the designation on this portfolio. Its reasons follow.");

    private final String label;
    private final String letterSentence;

    PanelOutcome(String label, String letterSentence) {
        this.label = label;
        this.letterSentence = letterSentence;
    }

    public String label() {
        return label;
    }

    public String letterSentence() {
        return letterSentence;
    }
}
