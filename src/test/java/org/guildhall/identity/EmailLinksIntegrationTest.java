package org.guildhall.identity;

import java.time.Duration;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Issue 3: email verification after registration, and password reset by a single-use link that expires. */
@IntegrationTest
@RecordApplicationEvents
class EmailLinksIntegrationTest {

    @Autowired AccountService accounts;
    @Autowired ApplicationEvents events;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService userDetails;
    @Autowired PasswordEncoder passwordEncoder;

    @Test
    void a_registration_sends_a_verification_link_that_confirms_the_address() {
        var account = accounts.register("Mei Chen", TestAccounts.uniqueEmail("mei"), TestAccounts.PASSWORD);
        assertThat(verifiedAt(account.email())).isNull();
        var request = events.stream(EmailVerificationRequested.class)
                .filter(event -> event.accountId() == account.id()).findFirst().orElseThrow();

        accounts.verifyEmail(request.secret());

        assertThat(verifiedAt(account.email())).isNotNull();
        assertThatExceptionOfType(InvalidLinkException.class).isThrownBy(() -> accounts.verifyEmail(request.secret()));
    }

    @Test
    void a_reset_link_sets_a_new_password_once_and_only_within_the_hour() {
        var account = accounts.register("Kwame Mensah", TestAccounts.uniqueEmail("kwame"), TestAccounts.PASSWORD);
        accounts.requestPasswordReset(account.email());
        String secret = resetSecretFor(account);

        accounts.resetPassword(secret, "a brand new passphrase");

        assertThat(passwordEncoder.matches("a brand new passphrase",
                userDetails.loadUserByUsername(account.email()).getPassword())).isTrue();
        assertThatExceptionOfType(InvalidLinkException.class)
                .isThrownBy(() -> accounts.resetPassword(secret, "yet another passphrase"));

        accounts.requestPasswordReset(account.email());
        String later = resetSecretFor(account);
        clock.advance(Duration.ofHours(1));
        assertThatExceptionOfType(InvalidLinkException.class)
                .isThrownBy(() -> accounts.resetPassword(later, "yet another passphrase"));
    }

    @Test
    void an_unknown_address_gets_no_link_and_no_different_answer() {
        long before = events.stream(PasswordResetRequested.class).count();

        accounts.requestPasswordReset(TestAccounts.uniqueEmail("nobody"));
        accounts.requestPasswordReset("not an email at all");

        assertThat(events.stream(PasswordResetRequested.class).count()).isEqualTo(before);
    }

    @Test
    void a_weak_new_password_is_refused_and_the_link_still_works() {
        var account = accounts.register("Sofia Marchetti", TestAccounts.uniqueEmail("sofia"), TestAccounts.PASSWORD);
        accounts.requestPasswordReset(account.email());
        String secret = resetSecretFor(account);

        assertThatExceptionOfType(InvalidAccountDataException.class)
                .isThrownBy(() -> accounts.resetPassword(secret, "short"));
        accounts.resetPassword(secret, "a good long passphrase");
    }

    @Test
    void only_a_hash_of_the_secret_is_stored() {
        var account = accounts.register("Liam O'Connor", TestAccounts.uniqueEmail("liam"), TestAccounts.PASSWORD);
        accounts.requestPasswordReset(account.email());
        String secret = resetSecretFor(account);

        assertThat(jdbc.queryForList("select token_hash from account_token where account_id = ?", String.class,
                account.id())).doesNotContain(secret).allSatisfy(hash -> assertThat(hash).hasSize(64));
    }

    private String resetSecretFor(AccountSummary account) {
        return events.stream(PasswordResetRequested.class).filter(event -> event.accountId() == account.id())
                .reduce((first, second) -> second).orElseThrow().secret();
    }

    private Object verifiedAt(String email) {
        return jdbc.queryForObject("select email_verified_at from account where email = ?", Object.class, email);
    }
}
