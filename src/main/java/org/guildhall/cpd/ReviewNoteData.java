package org.guildhall.cpd;

/** The registrar's note when rejecting a CPD claim or asking for more evidence: what the member reads. */
public record ReviewNoteData(String note) {

    public static final String NOTE = "note";
}
