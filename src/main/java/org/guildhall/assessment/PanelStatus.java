package org.guildhall.assessment;

import org.guildhall.shared.Text;

/** Where a panel's work stands. */
public enum PanelStatus {
    SCORING, INTERVIEW, DECIDED;

    /** What it is called, in the reader's language. */
    public Text text() {
        return Text.of("assessment.status." + name().toLowerCase());
    }
}
