package org.guildhall.partners;

/**
 * A partner as the registrar records it.
 *
 * @param contactEmails the email addresses of the accounts that act for the partner, separated by commas, spaces
 *                      or new lines; each must belong to an account of the portal
 */
public record PartnerData(String name, String contactEmails) {

    public static final String NAME = "name";
    public static final String CONTACT_EMAILS = "contactEmails";
}
