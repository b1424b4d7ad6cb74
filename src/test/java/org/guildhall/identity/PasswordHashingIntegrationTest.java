package org.guildhall.identity;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 11 (ASVS 6.2, 11.4): passwords are hashed with Argon2id through the real sign-in; every character of a long
 * password counts (bcrypt silently ignored everything past 72 bytes); a bcrypt hash from before is replaced by an
 * Argon2id one at its owner's next successful sign-in.
 */
@IntegrationTest
class PasswordHashingIntegrationTest {

    private static final String SEVENTY_TWO_BYTES = "the tide comes in over the harbour wall while the lights go on, one by o";

    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuthenticationConfiguration authentication;

    @Test
    void a_long_password_that_differs_only_after_byte_72_does_not_sign_in() throws Exception {
        assertThat(SEVENTY_TWO_BYTES.getBytes()).hasSize(72);
        String password = SEVENTY_TWO_BYTES + "ne, and the boats come home";
        String sameFirst72 = SEVENTY_TWO_BYTES + "ne, and the boats go out";
        String email = TestAccounts.uniqueEmail("long");
        accounts.register("Priya Raman", email, password).orElseThrow();

        assertThat(signIn(email, password).isAuthenticated()).isTrue();
        assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> signIn(email, sameFirst72));
    }

    @Test
    void an_old_bcrypt_hash_still_signs_in_and_is_replaced_by_argon2id() throws Exception {
        String email = TestAccounts.uniqueEmail("legacy");
        accounts.register("Kwame Mensah", email, TestAccounts.PASSWORD).orElseThrow();
        jdbc.update("update account set password_hash = ? where email = ?",
                "{bcrypt}" + new BCryptPasswordEncoder().encode(TestAccounts.PASSWORD), email);

        assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> signIn(email, "not the password"));
        assertThat(hashOf(email)).as("a wrong password upgrades nothing").startsWith("{bcrypt}");

        assertThat(signIn(email, TestAccounts.PASSWORD).isAuthenticated()).isTrue();

        assertThat(hashOf(email)).startsWith("{argon2}$argon2id$");
        assertThat(signIn(email, TestAccounts.PASSWORD).isAuthenticated()).isTrue();
    }

    private Authentication signIn(String email, String password) throws Exception {
        AuthenticationManager manager = authentication.getAuthenticationManager();
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private String hashOf(String email) {
        return jdbc.queryForObject("select password_hash from account where email = ?", String.class, email);
    }
}
