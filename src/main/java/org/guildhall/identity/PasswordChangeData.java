package org.guildhall.identity;

/** A signed-in person's new password, as the form holds it, with the current one that proves who they are. */
public record PasswordChangeData(String currentPassword, String password) {

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String CURRENT_PASSWORD = "currentPassword";
    public static final String PASSWORD = "password";
}
