package org.guildhall.assessment;

import org.guildhall.shared.Text;

/** The panel's decision on a portfolio (an interview is scheduled first, then one of these is recorded). */
public enum PanelOutcome {
    AWARD, RESUBMIT, DECLINE;

    /** What it is called, in the reader's language. */
    public Text text() {
        return Text.of("assessment.outcome." + name().toLowerCase() + ".label");
    }

    /** The letter's and the email's sentence saying what was decided. */
    public Text letterText() {
        return Text.of("assessment.outcome." + name().toLowerCase() + ".letter");
    }

    /** In English, for the audit history. */
    public String label() {
        return text().english();
    }

    /** In English, for the emails not yet written by key. */
    public String letterSentence() {
        return letterText().english();
    }
}
