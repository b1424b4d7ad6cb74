package org.guildhall.assessment;

import org.guildhall.shared.Refused;

/** Someone else saved the same score or panel since the reader loaded it. */
public class AssessmentChangedConcurrentlyException extends Refused {

    public AssessmentChangedConcurrentlyException(String what) {
        super("Someone else saved this " + what + " a moment ago. It has been reloaded; check it and try again.");
    }
}
