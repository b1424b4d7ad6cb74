package org.guildhall.identity.domain;

import java.time.Duration;
import java.time.Instant;

import org.guildhall.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 2: "Repeated failed logins for one account are slowed down or locked for a while." */
class AccountLockoutTest {

    private static final LoginThrottlePolicy FIVE_THEN_FIFTEEN_MINUTES = new LoginThrottlePolicy(5, Duration.ofMinutes(15));
    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

    private final Account account = new Account(new EmailAddress("grace@example.org"), "Grace Lindqvist", "{noop}x",
            Role.MEMBER, NOON);

    @Test
    void four_wrong_passwords_do_not_lock() {
        failTimes(4, NOON);
        assertThat(account.isLockedAt(NOON)).isFalse();
    }

    @Test
    void the_fifth_wrong_password_in_a_row_locks_for_fifteen_minutes() {
        failTimes(5, NOON);
        assertThat(account.isLockedAt(NOON)).isTrue();
        assertThat(account.isLockedAt(NOON.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
        assertThat(account.isLockedAt(NOON.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void a_successful_sign_in_restarts_the_count() {
        failTimes(4, NOON);
        account.recordSuccessfulLogin();
        failTimes(4, NOON);
        assertThat(account.isLockedAt(NOON)).isFalse();
    }

    @Test
    void failures_while_locked_do_not_extend_the_lock() {
        failTimes(5, NOON);
        failTimes(3, NOON.plus(Duration.ofMinutes(10)));
        assertThat(account.lockedUntil()).isEqualTo(NOON.plus(Duration.ofMinutes(15)));
    }

    @Test
    void after_the_lock_expires_a_new_run_of_failures_is_needed_to_lock_again() {
        failTimes(5, NOON);
        Instant later = NOON.plus(Duration.ofMinutes(20));
        failTimes(4, later);
        assertThat(account.isLockedAt(later)).isFalse();
        failTimes(1, later);
        assertThat(account.isLockedAt(later)).isTrue();
    }

    private void failTimes(int times, Instant at) {
        for (int i = 0; i < times; i++) {
            account.recordFailedLogin(at, FIVE_THEN_FIFTEEN_MINUTES);
        }
    }
}
