package org.guildhall.assessment;

import org.guildhall.shared.Text;

/** What the panel decided on one competency domain (issue 20): the candidate met it, or has not yet. */
public enum DomainResult {
    MET, NOT_YET_MET;

    /** What it is called, in the reader's language. */
    public Text text() {
        return Text.of("assessment.domain-result." + name().toLowerCase().replace('_', '-'));
    }
}
