package org.guildhall;

import java.time.Duration;

import org.guildhall.identity.Role;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, "Tests": whatever a test leaves behind (a moved clock, someone signed in), the next integration test
 * starts at the shared start instant with nobody signed in.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntegrationTestExtensionTest {

    @Autowired MutableClock clock;

    @Test
    @Order(1)
    void a_test_moves_the_clock_and_signs_someone_in_without_tidying_up() {
        clock.advance(Duration.ofDays(400));
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);
        assertThat(clock.instant()).isAfter(MutableClock.START);
    }

    @Test
    @Order(2)
    void the_next_test_starts_at_the_start_instant_with_nobody_signed_in() {
        assertThat(clock.instant()).isEqualTo(MutableClock.START);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
