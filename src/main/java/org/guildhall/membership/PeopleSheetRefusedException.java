package org.guildhall.membership;

import org.guildhall.shared.Refused;
import org.guildhall.shared.Text;
import org.springframework.modulith.NamedInterface;

/** An uploaded list of people refused whole (not UTF-8 text, no rows, too many rows); the message says which. */
@NamedInterface("api")
public class PeopleSheetRefusedException extends Refused {

    public PeopleSheetRefusedException(String key) {
        super(key);
    }

    public PeopleSheetRefusedException(Text reason) {
        super(reason);
    }
}
