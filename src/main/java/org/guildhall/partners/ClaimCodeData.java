package org.guildhall.partners;

/** The claim code a member types on My CPD. */
public record ClaimCodeData(String code) {

    public static final String CODE = "code";
}
