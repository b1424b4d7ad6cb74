package org.guildhall.identity;

import org.guildhall.shared.Refused;

/** An emailed link that is unknown, expired or already used. */
public class InvalidLinkException extends Refused {

    public InvalidLinkException() {
        super("identity.link.invalid");
    }
}
