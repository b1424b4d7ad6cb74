package org.guildhall.membership;

/** Another registrar decided (or the applicant changed) the application since it was opened. */
public class ApplicationChangedConcurrentlyException extends RuntimeException {

    public ApplicationChangedConcurrentlyException() {
        super("Someone else changed this application a moment ago. It has been reloaded; check it and decide again.");
    }
}
