package org.guildhall.identity;

import java.time.Duration;

import org.guildhall.FormSignIn;
import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, ASVS 7.4 and 7.2, over HTTP through the real security filters with sessions opened by the sign-in
 * form: sessions end when the account's rights end (a revoked role, a new password, an admin's "sign out
 * everywhere"), and every session ends at its absolute lifetime however busy it is. An ended session's next
 * request is sent to the sign-in page.
 */
@IntegrationTest
@RecordApplicationEvents
class SessionEndingTest {

    /** Any page for signed-in people: an unknown document, which a signed-in person is told does not exist. */
    private static final String SIGNED_IN_PAGE = "/documents/00000000-0000-4000-8000-000000000000";

    @Autowired WebApplicationContext context;
    @Autowired AccountService accounts;
    @Autowired MyAccountService myAccount;
    @Autowired AccountAdministrationService administration;
    @Autowired AccountProvisioning provisioning;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

    private MockMvc http;

    @BeforeEach
    void setUp() {
        TestAccounts.ensure(accounts, provisioning);
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_revoked_role_ends_the_accounts_open_sessions() throws Exception {
        var registrar = account("Rea Revoked", Role.MEMBER, Role.REGISTRAR);
        var session = signIn(registrar);
        assertOpen(session);

        asAdmin();
        administration.revokeStaffRole(registrar.id(), Role.REGISTRAR);

        assertEnded(session);
    }

    @Test
    void granting_a_role_leaves_open_sessions_alone() throws Exception {
        var member = account("Gus Granted", Role.MEMBER);
        var session = signIn(member);

        asAdmin();
        administration.grantStaffRole(member.id(), Role.ASSESSOR);

        assertOpen(session);
    }

    @Test
    void a_new_password_ends_the_accounts_other_sessions_and_keeps_the_one_it_was_set_in() throws Exception {
        var member = account("Pia Password", Role.MEMBER);
        var here = signIn(member);
        var elsewhere = signIn(member);
        var someoneElse = signIn(account("Una Unrelated", Role.MEMBER));

        duringARequestOf(here);
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        myAccount.changeCurrentPassword(new PasswordChangeData(TestAccounts.PASSWORD, "a brand new harbour at dawn"));

        assertOpen(here);
        assertEnded(elsewhere);
        assertOpen(someoneElse);
    }

    @Test
    void a_password_reset_ends_every_session_of_the_account() throws Exception {
        var member = account("Rio Reset", Role.MEMBER);
        var session = signIn(member);
        accounts.requestPasswordReset(member.email());
        String secret = events.stream(PasswordResetRequested.class).filter(link -> link.accountId() == member.id())
                .reduce((first, second) -> second).orElseThrow().secret();

        accounts.resetPassword(secret, "a brand new harbour at dawn");

        assertEnded(session);
    }

    @Test
    void an_admins_sign_out_everywhere_ends_every_session_of_that_account() throws Exception {
        var member = account("Sol Signedout", Role.MEMBER);
        var laptop = signIn(member);
        var phone = signIn(member);

        asAdmin();
        administration.signOutEverywhere(member.id());

        assertEnded(laptop);
        assertEnded(phone);
        assertOpen(signIn(member));
    }

    @Test
    void only_an_admin_signs_people_out_everywhere() {
        var member = account("Ned Notadmin", Role.MEMBER);
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> administration.signOutEverywhere(member.id()));
    }

    @Test
    void a_session_ends_at_its_absolute_lifetime_however_busy_it_is() throws Exception {
        var member = account("Abe Absolute", Role.MEMBER);
        var session = signIn(member);
        for (int hour = 0; hour < 11; hour++) {
            clock.advance(Duration.ofHours(1));
            assertOpen(session);
        }
        clock.advance(Duration.ofMinutes(59));
        assertOpen(session);

        clock.advance(Duration.ofMinutes(1));
        assertEnded(session);
    }

    private MockHttpSession signIn(AccountSummary account) throws Exception {
        return FormSignIn.signIn(http, account.email());
    }

    private void assertOpen(MockHttpSession session) throws Exception {
        http.perform(get(SIGNED_IN_PAGE).session(session)).andExpect(status().isNotFound());
    }

    private void assertEnded(MockHttpSession session) throws Exception {
        http.perform(get(SIGNED_IN_PAGE).session(session)).andExpect(redirectedUrl("/login"));
        assertThat(session.isInvalid()).as("session invalidated").isTrue();
    }

    /** Service calls made as if in a request of this session (as Vaadin's are). */
    private static void duringARequestOf(MockHttpSession session) {
        var request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static void asAdmin() {
        TestAccounts.signInAs(TestAccounts.ADMIN, Role.ADMIN);
    }

    private AccountSummary account(String name, Role... roles) {
        return provisioning.createAccount(name, TestAccounts.uniqueEmail(name.split(" ")[0].toLowerCase()),
                TestAccounts.PASSWORD, roles);
    }
}
