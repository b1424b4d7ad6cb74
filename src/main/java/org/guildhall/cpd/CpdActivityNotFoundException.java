package org.guildhall.cpd;

import org.guildhall.shared.NotFound;
import org.guildhall.shared.Text;

/** No such activity, or not one the signed-in person may see: both read the same, so ids reveal nothing. */
public class CpdActivityNotFoundException extends NotFound {

    public CpdActivityNotFoundException(long id) {
        super(Text.of("cpd.activity.not-found", id));
    }
}
