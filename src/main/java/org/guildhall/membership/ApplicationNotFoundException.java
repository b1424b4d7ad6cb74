package org.guildhall.membership;

import org.guildhall.shared.NotFound;
import org.guildhall.shared.Text;

/** An application id that does not exist (or is not the caller's to see). */
public class ApplicationNotFoundException extends NotFound {

    public ApplicationNotFoundException(long applicationId) {
        super(Text.of("membership.application.not-found", applicationId));
    }
}
