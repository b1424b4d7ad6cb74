package org.guildhall.identity;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.identity.internal.SignInRefusedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Issue 11, anti-automation: rate limits on reset and verification emails per address and per client, on
 * registrations per client and on sign-in attempts per client (over HTTP, through the real security filter chain),
 * and growing pauses for a client that sends many wrong passwords; each refusal says what happened.
 */
@IntegrationTest
class RateLimitsIntegrationTest {

    /** Each test its own documentation-range client address, as buckets live for the whole shared context. */
    private static final AtomicInteger NEXT_CLIENT = new AtomicInteger(1);

    @Autowired AccountService accounts;
    @Autowired MutableClock clock;
    @Autowired WebApplicationContext context;

    private final String client = "198.51.100." + NEXT_CLIENT.getAndIncrement();
    private MockMvc web;

    @BeforeEach
    void setUp() {
        web = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void leaveRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_fourth_reset_email_to_one_address_within_the_hour_is_refused_whether_or_not_it_has_an_account() {
        for (String email : new String[] {registered("grace"), TestAccounts.uniqueEmail("nobody")}) {
            for (int request = 0; request < 3; request++) {
                accounts.requestPasswordReset(email);
            }
            assertThatExceptionOfType(TooManyRequestsException.class)
                    .isThrownBy(() -> accounts.requestPasswordReset(email))
                    .withMessageContaining("several password-reset links").withMessageContaining("try again in");
        }
        clock.advance(Duration.ofMinutes(20));
        accounts.requestPasswordReset(registered("kwame"));
    }

    @Test
    void one_client_asking_for_reset_links_for_many_addresses_is_stopped_after_ten_an_hour() {
        asClient();
        for (int request = 0; request < 10; request++) {
            accounts.requestPasswordReset(TestAccounts.uniqueEmail("spray"));
        }
        assertThatExceptionOfType(TooManyRequestsException.class)
                .isThrownBy(() -> accounts.requestPasswordReset(TestAccounts.uniqueEmail("spray")))
                .withMessageContaining("from your network");
    }

    @Test
    void one_client_registers_at_most_ten_accounts_an_hour() {
        asClient();
        for (int request = 0; request < 10; request++) {
            accounts.register("Bulk Person", TestAccounts.uniqueEmail("bulk"), TestAccounts.PASSWORD);
        }
        assertThatExceptionOfType(TooManyRequestsException.class)
                .isThrownBy(() -> accounts.register("Bulk Person", TestAccounts.uniqueEmail("bulk"),
                        TestAccounts.PASSWORD))
                .withMessageContaining("registered from your network");
    }

    @Test
    void registering_one_address_again_and_again_stops_the_emails_to_it() {
        String email = registered("mei");
        accounts.register("Someone", email, TestAccounts.PASSWORD);
        accounts.register("Someone", email, TestAccounts.PASSWORD);
        assertThatExceptionOfType(TooManyRequestsException.class)
                .isThrownBy(() -> accounts.register("Someone", email, TestAccounts.PASSWORD));
    }

    @Test
    void a_client_sending_many_wrong_passwords_waits_a_growing_pause_and_is_told_why() throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            assertThat(signIn(TestAccounts.uniqueEmail("victim"), "wrong password guess")
                    .andExpect(redirectedUrl("/login?error")).andReturn().getRequest().getSession()
                    .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isNotInstanceOf(SignInRefusedException.class);
        }

        assertThat(refusal(signIn(TestAccounts.uniqueEmail("victim"), "wrong password guess")))
                .contains("many wrong passwords from your network");

        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn(TestAccounts.uniqueEmail("victim"), "wrong password guess").andReturn().getRequest()
                .getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isNotInstanceOf(SignInRefusedException.class);
    }

    @Test
    void a_client_gets_thirty_sign_in_attempts_a_minute() throws Exception {
        String email = registered("busy");
        for (int attempt = 0; attempt < 30; attempt++) {
            signIn(email, TestAccounts.PASSWORD).andExpect(redirectedUrl("/"));
        }

        assertThat(refusal(signIn(email, TestAccounts.PASSWORD).andExpect(redirectedUrl("/login?error"))))
                .contains("too many sign-in attempts from your network");
        clock.advance(Duration.ofSeconds(2));
        signIn(email, TestAccounts.PASSWORD).andExpect(redirectedUrl("/"));
    }

    private ResultActions signIn(String email, String password) throws Exception {
        return web.perform(post("/login").param("username", email).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                }));
    }

    private static String refusal(ResultActions result) {
        var refused = result.andReturn().getRequest().getSession()
                .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        assertThat(refused).isInstanceOf(SignInRefusedException.class);
        return ((SignInRefusedException) refused).getMessage();
    }

    private void asClient() {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(client);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private String registered(String name) {
        String email = TestAccounts.uniqueEmail(name);
        accounts.register(name, email, TestAccounts.PASSWORD).orElseThrow();
        return email;
    }
}
