package org.guildhall.membership;

import org.guildhall.shared.NotFound;

/** An application id that does not exist (or is not the caller's to see). */
public class ApplicationNotFoundException extends NotFound {

    public ApplicationNotFoundException(long applicationId) {
        super("There is no application " + applicationId + ".");
    }
}
