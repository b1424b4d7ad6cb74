package org.guildhall.cpd;

/** A CPD claim or step the rules do not allow; the message says why, in words for the person who asked. */
public class CpdRefusedException extends RuntimeException {

    public CpdRefusedException(String message) {
        super(message);
    }
}
