package org.guildhall.assessment;

import org.jspecify.annotations.Nullable;

/**
 * The registrar's qualification of an assessor for a designation as the form holds it; blanks are allowed here and
 * refused on the component they concern.
 */
public record QualificationData(@Nullable Long assessorAccountId, @Nullable String designationCode, String note) {

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String ASSESSOR = "assessorAccountId";
    public static final String DESIGNATION = "designationCode";
    public static final String NOTE = "note";
}
