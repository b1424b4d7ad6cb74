package org.guildhall.cpd;

import org.guildhall.shared.Refused;

/** A CPD claim or step the rules do not allow; the message says why, in words for the person who asked. */
public class CpdRefusedException extends Refused {

    public CpdRefusedException(String message) {
        super(message);
    }
}
