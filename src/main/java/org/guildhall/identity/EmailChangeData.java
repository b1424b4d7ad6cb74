package org.guildhall.identity;

/**
 * A signed-in person's request to sign in with another address, as the form holds it: the new address and their
 * current password, which proves the owner is at the keyboard.
 */
public record EmailChangeData(String email, String currentPassword) {

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String EMAIL = "email";
    public static final String CURRENT_PASSWORD = "currentPassword";
}
