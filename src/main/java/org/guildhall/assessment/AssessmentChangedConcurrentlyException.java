package org.guildhall.assessment;

/** Someone else saved the same score or panel since the reader loaded it. */
public class AssessmentChangedConcurrentlyException extends RuntimeException {

    public AssessmentChangedConcurrentlyException(String what) {
        super("Someone else saved this " + what + " a moment ago. It has been reloaded; check it and try again.");
    }
}
