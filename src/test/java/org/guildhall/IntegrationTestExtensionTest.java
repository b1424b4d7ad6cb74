package org.guildhall;

import java.time.Duration;

import org.guildhall.identity.Role;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, "Tests": whatever a test leaves behind (a moved clock, someone signed in, another context's security
 * holder), the next integration test starts at the shared start instant with nobody signed in, and signs people in
 * where this context's services look.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntegrationTestExtensionTest {

    @Autowired MutableClock clock;
    @Autowired SecurityContextHolderStrategy contextsStrategy;

    @Test
    @Order(1)
    void a_test_moves_the_clock_and_signs_someone_in_without_tidying_up() {
        clock.advance(Duration.ofDays(400));
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);
        // As a test class with a Spring context of its own does when its context starts.
        SecurityContextHolder.setContextHolderStrategy(new SecurityContextHolderStrategyOfAnotherContext());
        assertThat(clock.instant()).isAfter(MutableClock.START);
    }

    @Test
    @Order(2)
    void the_next_test_starts_at_the_start_instant_with_nobody_signed_in() {
        assertThat(clock.instant()).isEqualTo(MutableClock.START);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(SecurityContextHolder.getContextHolderStrategy()).as("where signInAs signs people in")
                .isSameAs(contextsStrategy);
    }

    private static final class SecurityContextHolderStrategyOfAnotherContext implements SecurityContextHolderStrategy {
        private final ThreadLocal<SecurityContext> context = ThreadLocal.withInitial(SecurityContextImpl::new);

        @Override
        public void clearContext() {
            context.remove();
        }

        @Override
        public SecurityContext getContext() {
            return context.get();
        }

        @Override
        public void setContext(SecurityContext newContext) {
            context.set(newContext);
        }

        @Override
        public SecurityContext createEmptyContext() {
            return new SecurityContextImpl();
        }
    }
}
