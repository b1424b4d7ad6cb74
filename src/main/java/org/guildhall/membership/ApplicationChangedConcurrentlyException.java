package org.guildhall.membership;

import org.guildhall.shared.Refused;

/** Another registrar decided (or the applicant changed) the application since it was opened. */
public class ApplicationChangedConcurrentlyException extends Refused {

    public ApplicationChangedConcurrentlyException() {
        super("membership.application.changed-concurrently");
    }
}
