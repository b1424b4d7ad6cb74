package org.guildhall.sponsorship;

/**
 * A sponsor's endorsement of the applicant, as the answer form holds it. A blank or over-long one is allowed here and
 * judged by the domain, which refuses it on this component.
 */
public record EndorsementData(String endorsement) {

    // The component's name: a refusal names the field it concerns with it.
    public static final String ENDORSEMENT = "endorsement";
}
