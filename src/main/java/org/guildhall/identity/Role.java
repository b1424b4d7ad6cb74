package org.guildhall.identity;

import org.springframework.modulith.NamedInterface;

/**
 * The roles a person can hold in the portal. Applicants become members when the registrar approves them;
 * admins grant the staff roles ({@link #isStaffRole()}). An operator runs the portal: they (or their monitoring's
 * scraper, signing in with HTTP Basic) read its metrics under {@code /actuator}.
 */
@NamedInterface("api")
public enum Role {
    APPLICANT, MEMBER, ASSESSOR, REGISTRAR, ADMIN, OPERATOR;

    /** Whether an admin grants and revokes this role by hand, rather than a process conferring it. */
    public boolean isStaffRole() {
        return this == ASSESSOR || this == REGISTRAR || this == OPERATOR;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }

    /** Role names as compile-time constants for {@code @RolesAllowed} and {@code @PreAuthorize}. */
    @NamedInterface("api")
    public static final class Names {
        public static final String APPLICANT = "APPLICANT";
        public static final String MEMBER = "MEMBER";
        public static final String ASSESSOR = "ASSESSOR";
        public static final String REGISTRAR = "REGISTRAR";
        public static final String ADMIN = "ADMIN";
        public static final String OPERATOR = "OPERATOR";
        /** Every role, for what everyone signed in sees. */
        public static final String[] ALL = {APPLICANT, MEMBER, ASSESSOR, REGISTRAR, ADMIN, OPERATOR};

        private Names() {
        }
    }
}
