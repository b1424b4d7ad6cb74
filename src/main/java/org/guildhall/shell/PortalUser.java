package org.guildhall.shell;

/**
 * What the shell needs to know of the signed-in person to greet them; the identity module's principal provides it.
 */
public interface PortalUser {

    String displayName();

    String email();
}
