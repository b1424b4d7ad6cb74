package org.guildhall.sponsorship;

import org.guildhall.shared.Refused;

/** A nomination or answer the sponsorship rules do not allow; the message tells the user why. */
public class SponsorshipRefusedException extends Refused {

    public SponsorshipRefusedException(String message) {
        super(message);
    }
}
