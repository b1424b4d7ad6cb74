package org.guildhall;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What every {@link IntegrationTest} starts from, whatever the test before it did: the shared {@link MutableClock}
 * back at {@link MutableClock#START}, and nobody signed in (but whom the test's own annotations sign in). Tests that move the clock or sign people in need no
 * clean-up of their own.
 * <p>
 * Every Spring context installs its own security holder strategy as the JVM-wide one when it starts, and its
 * method security reads only its own; a test class with a context of its own would leave its strategy behind.
 * So before each test this context's strategy becomes the JVM-wide one again, and {@link TestAccounts#signInAs}
 * signs people in where this context's services look.
 */
public final class IntegrationTestExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext test) {
        var context = SpringExtension.getApplicationContext(test);
        context.getBean(MutableClock.class).reset();
        var ours = context.getBean(SecurityContextHolderStrategy.class);
        if (SecurityContextHolder.getContextHolderStrategy() != ours) {
            // Carries over whom @WithMockUser / @WithUserDetails may just have signed in on the other holder.
            var signedIn = SecurityContextHolder.getContext();
            SecurityContextHolder.setContextHolderStrategy(ours);
            ours.setContext(signedIn);
        }
    }

    /** Signs everybody out after the test rather than before, so the annotations that sign people in still work. */
    @Override
    public void afterEach(ExtensionContext test) {
        SecurityContextHolder.clearContext();
        SpringExtension.getApplicationContext(test).getBean(SecurityContextHolderStrategy.class).clearContext();
    }
}
