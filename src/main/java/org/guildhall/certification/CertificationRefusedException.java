package org.guildhall.certification;

/** A certification change the rules do not allow; the message says why, in words for the person who asked. */
public class CertificationRefusedException extends RuntimeException {

    public CertificationRefusedException(String message) {
        super(message);
    }
}
