package org.guildhall;

import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;

/** Accounts for view tests that sign in with {@code @WithUserDetails}; created once per test database. */
public final class TestAccounts {

    public static final String MEMBER = "view.member@example.org";
    public static final String REGISTRAR = "view.registrar@example.org";
    public static final String ADMIN = "view.admin@example.org";
    public static final String PASSWORD = "harbour lights at dusk";

    private TestAccounts() {
    }

    /** An address no other test uses. */
    public static String uniqueEmail(String name) {
        return name + "." + System.nanoTime() + "@example.org";
    }

    public static void ensure(AccountService accounts) {
        ensure(accounts, "Vera Member", MEMBER, Role.MEMBER);
        ensure(accounts, "Rhys Registrar", REGISTRAR, Role.REGISTRAR);
        ensure(accounts, "Ada Admin", ADMIN, Role.ADMIN);
    }

    private static synchronized void ensure(AccountService accounts, String name, String email, Role role) {
        if (accounts.findByEmail(email).isEmpty()) {
            accounts.createAccount(name, email, PASSWORD, role);
        }
    }
}
