package org.guildhall.assessment;

import org.guildhall.shared.Text;

/** An assessor's overall recommendation on a portfolio. */
public enum Recommendation {
    AWARD, INTERVIEW, RESUBMIT, DECLINE;

    /** What it is called, in the reader's language. */
    public Text text() {
        return Text.of("assessment.recommendation." + name().toLowerCase());
    }

    /** In English, for the audit history. */
    public String label() {
        return text().english();
    }
}
