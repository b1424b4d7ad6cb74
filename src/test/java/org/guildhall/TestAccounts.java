package org.guildhall;

import java.util.Arrays;

import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

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

    /** Puts a signed-in person with these roles on the current thread, as Spring Security would. */
    public static void signInAs(String email, Role... roles) {
        var authorities = Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(email, null, authorities));
    }

    public static void ensure(AccountService accounts, AccountProvisioning provisioning) {
        ensure(accounts, provisioning, "Vera Member", MEMBER, Role.MEMBER);
        ensure(accounts, provisioning, "Rhys Registrar", REGISTRAR, Role.REGISTRAR);
        ensure(accounts, provisioning, "Ada Admin", ADMIN, Role.ADMIN);
    }

    private static synchronized void ensure(AccountService accounts, AccountProvisioning provisioning, String name,
            String email, Role role) {
        if (accounts.findByEmail(email).isEmpty()) {
            provisioning.createAccount(name, email, PASSWORD, role);
        }
    }
}
