package org.guildhall.sponsorship;

/** A nomination or answer the sponsorship rules do not allow; the message tells the user why. */
public class SponsorshipRefusedException extends RuntimeException {

    public SponsorshipRefusedException(String message) {
        super(message);
    }
}
