package org.guildhall.certification;

import org.jspecify.annotations.Nullable;

/** What a candidate chooses to enrol for an exam: the designation whose exam they will sit. */
public record ExamEnrolmentData(@Nullable String designationCode) {

    // The component's name: a refusal names the field it concerns with it.
    public static final String DESIGNATION_CODE = "designationCode";
}
