package org.guildhall.certification;

import org.guildhall.shared.Refused;
import org.springframework.modulith.NamedInterface;

/** A certification change the rules do not allow; the message says why, in words for the person who asked. */
@NamedInterface("api")
public class CertificationRefusedException extends Refused {

    public CertificationRefusedException(String message) {
        super(message);
    }
}
