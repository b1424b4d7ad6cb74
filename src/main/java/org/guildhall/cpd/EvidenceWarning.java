package org.guildhall.cpd;

import java.util.Locale;

/**
 * Something ISACA's "compliant documentation" list asks a CPD certificate to show that the text of an activity's
 * evidence does not: a warning for the member and the registrar, never a refusal (a scan, an image, or a
 * certificate laid out oddly may still be good evidence, which the registrar judges by eye).
 */
public enum EvidenceWarning {
    /** None of the evidence has text the portal can read (an image, a scanned PDF). */
    NO_TEXT,
    /** The member's name is not in the evidence. */
    NAME,
    /** The provider is not in the evidence. */
    PROVIDER,
    /** No date within the activity's span is in the evidence. */
    DATE,
    /** The hours claimed are not in the evidence. */
    HOURS;

    /** The key of its words in the CPD bundle. */
    public String key() {
        return "cpd.evidence-check." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
