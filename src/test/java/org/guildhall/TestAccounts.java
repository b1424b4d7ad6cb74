package org.guildhall;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The people of the integration tests: staff accounts created once per test database (for views that sign in with
 * {@code @WithUserDetails}), new accounts and members created on the spot, and signing them in on the test thread.
 */
public final class TestAccounts {

    public static final String MEMBER = "view.member@example.org";
    public static final String REGISTRAR = "view.registrar@example.org";
    public static final String ADMIN = "view.admin@example.org";
    public static final String PASSWORD = "harbour lights at dusk";
    /** When the tests' members joined: long enough ago to sponsor, register as members and hold designations. */
    public static final LocalDate MEMBER_SINCE = LocalDate.of(2020, 1, 1);

    private TestAccounts() {
    }

    /** An address no other test uses. */
    public static String uniqueEmail(String name) {
        return name + "." + System.nanoTime() + "@example.org";
    }

    /** A surname beginning with {@code start} no other test uses, in letters only (staff searches read digits as a
     *  member number). */
    public static String uniqueSurname(String start) {
        var letters = new StringBuilder(start);
        String.valueOf(System.nanoTime()).chars().forEach(digit -> letters.append((char) ('a' + digit - '0')));
        return letters.toString();
    }

    /** A new account named {@code name} with these roles, at an address no other test uses. */
    public static AccountSummary account(AccountProvisioning provisioning, String name, Role... roles) {
        String local = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
        return provisioning.createAccount(name, uniqueEmail(local.isEmpty() ? "person" : local), PASSWORD, roles);
    }

    /** A new member of the institute (a Customer Service Professional since {@link #MEMBER_SINCE}). */
    public static AccountSummary member(AccountProvisioning provisioning, MembershipService memberships,
            String name) {
        var account = account(provisioning, name, Role.MEMBER);
        memberships.enrolExistingMember(account.id(), MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL,
                MEMBER_SINCE);
        return account;
    }

    /** Puts a signed-in person with these roles on the current thread, as Spring Security would. */
    public static void signInAs(String email, Role... roles) {
        var authorities = Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(email, null, authorities));
    }

    /** Signs {@code account} in with the roles it holds. */
    public static void signInAs(AccountSummary account) {
        signInAs(account.email(), account.roles().toArray(Role[]::new));
    }

    /** Nobody signed in on the current thread. */
    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in the registrar of {@link #ensure}. */
    public static void asRegistrar() {
        signInAs(REGISTRAR, Role.REGISTRAR);
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
