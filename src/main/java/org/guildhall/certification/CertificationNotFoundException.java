package org.guildhall.certification;

import org.guildhall.shared.NotFound;

/** No such certification, or not one the signed-in person may see: both read the same, so ids reveal nothing. */
public class CertificationNotFoundException extends NotFound {

    public CertificationNotFoundException(long id) {
        super("There is no certification " + id + " that you can see.");
    }
}
