package org.guildhall.certification;

import org.guildhall.shared.NotFound;
import org.guildhall.shared.Text;
import org.springframework.modulith.NamedInterface;

/** No such certification, or not one the signed-in person may see: both read the same, so ids reveal nothing. */
@NamedInterface("api")
public class CertificationNotFoundException extends NotFound {

    public CertificationNotFoundException(long id) {
        super(Text.of("certification.not-found", id));
    }
}
