package org.guildhall.identity.domain;

import java.time.Duration;
import java.time.Instant;

import org.guildhall.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 (ASVS 6.3.5): wrong passwords slow sign-in down with growing pauses instead of a hard lock that anyone
 * can set off against someone else; the rightful person never waits longer than the longest pause.
 */
class LoginThrottlePolicyTest {

    private static final LoginThrottlePolicy FIVE_FREE_THEN_ONE_SECOND_DOUBLING_TO_FIVE_MINUTES =
            new LoginThrottlePolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(5));
    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

    private final LoginThrottlePolicy policy = FIVE_FREE_THEN_ONE_SECOND_DOUBLING_TO_FIVE_MINUTES;
    private final Account account = new Account(new EmailAddress("grace@example.org"), "Grace Lindqvist", "{noop}x",
            Role.MEMBER, NOON);

    @Test
    void the_first_four_wrong_passwords_cost_no_wait() {
        for (int failures = 0; failures <= 4; failures++) {
            assertThat(policy.pauseAfter(failures)).isZero();
            assertThat(policy.nextAttemptAt(failures, NOON)).isNull();
        }
    }

    @Test
    void from_the_fifth_each_failure_doubles_the_pause_from_one_second() {
        assertThat(policy.pauseAfter(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.pauseAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.pauseAfter(7)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.pauseAfter(13)).isEqualTo(Duration.ofSeconds(256));
    }

    @Test
    void the_pause_never_grows_past_the_longest_whatever_the_number_of_failures() {
        assertThat(policy.pauseAfter(14)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.pauseAfter(1_000)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.pauseAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void four_wrong_passwords_do_not_pause_the_account() {
        failTimes(4, NOON);
        assertThat(account.isSignInPausedAt(NOON)).isFalse();
    }

    @Test
    void the_fifth_wrong_password_pauses_the_account_for_one_second_to_the_instant() {
        failTimes(5, NOON);
        assertThat(account.isSignInPausedAt(NOON)).isTrue();
        assertThat(account.isSignInPausedAt(NOON.plusMillis(999))).isTrue();
        assertThat(account.isSignInPausedAt(NOON.plusSeconds(1))).isFalse();
    }

    @Test
    void attempts_during_a_pause_are_not_counted_so_they_cannot_lengthen_it() {
        failTimes(5, NOON);
        failTimes(50, NOON.plusMillis(500));
        assertThat(account.failedLoginCount()).isEqualTo(5);
        assertThat(account.nextSignInAt()).isEqualTo(NOON.plusSeconds(1));
    }

    @Test
    void an_attacker_guessing_all_day_keeps_the_owner_out_at_most_the_longest_pause_at_a_time() {
        Instant now = NOON;
        for (int guess = 0; guess < 200; guess++) {
            account.recordFailedLogin(now, policy);
            now = account.nextSignInAt() == null ? now : account.nextSignInAt();
        }
        assertThat(Duration.between(NOON, now)).isGreaterThan(Duration.ofHours(10));
        account.recordFailedLogin(now, policy);
        assertThat(account.nextSignInAt()).isEqualTo(now.plus(Duration.ofMinutes(5)));
    }

    @Test
    void a_successful_sign_in_or_a_password_reset_ends_the_pause_and_restarts_the_count() {
        failTimes(9, NOON);
        assertThat(account.isSignInPausedAt(NOON)).isTrue();
        account.recordSuccessfulLogin();
        assertThat(account.isSignInPausedAt(NOON)).isFalse();
        failTimes(4, NOON);
        assertThat(account.isSignInPausedAt(NOON)).isFalse();
    }

    private void failTimes(int times, Instant at) {
        for (int i = 0; i < times; i++) {
            account.recordFailedLogin(at, policy);
        }
    }
}
