package org.guildhall.identity;

import java.sql.Timestamp;
import java.time.Duration;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 3: email verification after registration, and password reset by a single-use link that expires; issue 11:
 * a newer link or a password change makes older links useless, and a reset ends a pause after wrong passwords.
 */
@IntegrationTest
@RecordApplicationEvents
class EmailLinksIntegrationTest {

    @Autowired AccountService accounts;
    @Autowired MyAccountService myAccount;
    @Autowired ApplicationEvents events;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService userDetails;
    @Autowired PasswordEncoder passwordEncoder;

    @Test
    void a_registration_sends_a_verification_link_that_confirms_the_address() {
        var account = accounts.register("Mei Chen", TestAccounts.uniqueEmail("mei"), TestAccounts.PASSWORD).orElseThrow();
        assertThat(verifiedAt(account.email())).isNull();
        var request = events.stream(EmailVerificationRequested.class)
                .filter(event -> event.accountId() == account.id()).findFirst().orElseThrow();

        accounts.verifyEmail(request.secret());

        assertThat(verifiedAt(account.email())).isNotNull();
        assertThatExceptionOfType(InvalidLinkException.class).isThrownBy(() -> accounts.verifyEmail(request.secret()));
    }

    @Test
    void a_reset_link_sets_a_new_password_once_and_only_within_the_hour() {
        var account = accounts.register("Kwame Mensah", TestAccounts.uniqueEmail("kwame"), TestAccounts.PASSWORD).orElseThrow();
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
    void asking_for_a_new_reset_link_makes_the_earlier_one_useless() {
        var account = accounts.register("Grace Lindqvist", TestAccounts.uniqueEmail("grace"), TestAccounts.PASSWORD)
                .orElseThrow();
        accounts.requestPasswordReset(account.email());
        String first = resetSecretFor(account);
        accounts.requestPasswordReset(account.email());
        String second = resetSecretFor(account);

        assertThatExceptionOfType(InvalidLinkException.class)
                .isThrownBy(() -> accounts.resetPassword(first, "a brand new passphrase"));
        accounts.resetPassword(second, "a brand new passphrase");
    }

    @Test
    void changing_the_password_makes_every_outstanding_reset_link_useless() {
        var account = accounts.register("Rohan Desai", TestAccounts.uniqueEmail("rohan"), TestAccounts.PASSWORD)
                .orElseThrow();
        accounts.requestPasswordReset(account.email());
        String outstanding = resetSecretFor(account);

        TestAccounts.signInAs(account.email(), Role.APPLICANT);
        try {
            myAccount.changeCurrentPassword(new PasswordChangeData(TestAccounts.PASSWORD, "a brand new passphrase"));
        } finally {
            SecurityContextHolder.clearContext();
        }

        assertThatExceptionOfType(InvalidLinkException.class)
                .isThrownBy(() -> accounts.resetPassword(outstanding, "an attacker's passphrase"));
        assertThat(passwordEncoder.matches("a brand new passphrase",
                userDetails.loadUserByUsername(account.email()).getPassword())).isTrue();
    }

    @Test
    void a_reset_ends_a_pause_after_wrong_passwords() {
        var account = accounts.register("Tomás Alvarez", TestAccounts.uniqueEmail("tomas"), TestAccounts.PASSWORD)
                .orElseThrow();
        jdbc.update("update account set failed_login_count = 12, next_sign_in_at = ? where id = ?",
                Timestamp.from(clock.instant().plus(Duration.ofMinutes(5))), account.id());
        assertThat(userDetails.loadUserByUsername(account.email()).isAccountNonLocked()).isFalse();
        accounts.requestPasswordReset(account.email());

        accounts.resetPassword(resetSecretFor(account), "a brand new passphrase");

        assertThat(userDetails.loadUserByUsername(account.email()).isAccountNonLocked()).isTrue();
    }

    @Test
    void a_link_to_confirm_an_older_email_change_stops_working_when_another_change_is_asked_for() {
        var account = accounts.register("Mei Chen", TestAccounts.uniqueEmail("mei"), TestAccounts.PASSWORD)
                .orElseThrow();
        TestAccounts.signInAs(account.email(), Role.APPLICANT);
        String first = TestAccounts.uniqueEmail("mei.first");
        String second = TestAccounts.uniqueEmail("mei.second");
        try {
            myAccount.changeCurrentEmail(new EmailChangeData(first, TestAccounts.PASSWORD));
            myAccount.changeCurrentEmail(new EmailChangeData(second, TestAccounts.PASSWORD));
        } finally {
            SecurityContextHolder.clearContext();
        }
        var links = events.stream(EmailChangeRequested.class).filter(event -> event.accountId() == account.id())
                .toList();

        assertThatExceptionOfType(InvalidLinkException.class)
                .isThrownBy(() -> accounts.verifyEmail(links.getFirst().secret()));
        assertThat(accounts.verifyEmail(links.getLast().secret()).email()).isEqualTo(second);
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
        var account = accounts.register("Sofia Marchetti", TestAccounts.uniqueEmail("sofia"), TestAccounts.PASSWORD).orElseThrow();
        accounts.requestPasswordReset(account.email());
        String secret = resetSecretFor(account);

        assertThatExceptionOfType(InvalidAccountDataException.class)
                .isThrownBy(() -> accounts.resetPassword(secret, "short"));
        assertThatExceptionOfType(InvalidAccountDataException.class)
                .isThrownBy(() -> accounts.resetPassword(secret, "qwerty123456"));
        accounts.resetPassword(secret, "a good long passphrase");
    }

    @Test
    void only_a_hash_of_the_secret_is_stored() {
        var account = accounts.register("Liam O'Connor", TestAccounts.uniqueEmail("liam"), TestAccounts.PASSWORD).orElseThrow();
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
