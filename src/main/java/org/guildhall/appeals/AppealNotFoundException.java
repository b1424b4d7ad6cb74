package org.guildhall.appeals;

import org.guildhall.shared.NotFound;
import org.guildhall.shared.Text;

/** An appeal that does not exist, or that the reader is neither the appellant, a registrar nor on its panel of. */
public class AppealNotFoundException extends NotFound {

    public AppealNotFoundException(long appealId) {
        super(Text.of("appeals.not-found", appealId));
    }
}
