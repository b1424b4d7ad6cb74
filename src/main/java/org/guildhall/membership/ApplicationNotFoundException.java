package org.guildhall.membership;

/** An application id that does not exist (or is not the caller's to see). */
public class ApplicationNotFoundException extends RuntimeException {

    public ApplicationNotFoundException(long applicationId) {
        super("There is no application " + applicationId + ".");
    }
}
