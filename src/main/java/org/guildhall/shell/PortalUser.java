package org.guildhall.shell;

import java.util.Optional;

import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * What the shell needs to know of the signed-in person to greet them; the identity module's principal provides it.
 */
public interface PortalUser {

    String displayName();

    String email();

    /** The signed-in person, or empty for a visitor or a principal of another kind. */
    static Optional<PortalUser> current(AuthenticationContext context) {
        return context.getAuthenticatedUser(Object.class)
                .filter(PortalUser.class::isInstance)
                .map(PortalUser.class::cast);
    }
}
