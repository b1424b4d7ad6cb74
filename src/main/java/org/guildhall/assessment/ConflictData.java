package org.guildhall.assessment;

/**
 * A conflict of interest as the form holds it: the other person, named by email, and why the two should not sit
 * on one panel. Blanks are allowed here and refused on the component they concern.
 */
public record ConflictData(String otherEmail, String reason) {

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String OTHER_EMAIL = "otherEmail";
    public static final String REASON = "reason";
}
