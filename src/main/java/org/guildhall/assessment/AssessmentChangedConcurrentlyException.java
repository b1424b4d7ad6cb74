package org.guildhall.assessment;

import org.guildhall.shared.Refused;

/** Someone else saved the same score or panel since the reader loaded it. */
public class AssessmentChangedConcurrentlyException extends Refused {

    /** @param what {@code "score"} or {@code "panel"} */
    public AssessmentChangedConcurrentlyException(String what) {
        super("assessment.concurrent." + what);
    }
}
