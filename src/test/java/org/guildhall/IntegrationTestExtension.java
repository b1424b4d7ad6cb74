package org.guildhall;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What every {@link IntegrationTest} starts from, whatever the test before it did: the shared {@link MutableClock}
 * back at {@link MutableClock#START}, and nobody signed in. Tests that move the clock or sign people in need no
 * clean-up of their own.
 */
public final class IntegrationTestExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext test) {
        var context = SpringExtension.getApplicationContext(test);
        context.getBean(MutableClock.class).reset();
        signOut(test);
    }

    @Override
    public void afterEach(ExtensionContext test) {
        signOut(test);
    }

    // Both holders: the context's strategy (method security) and the JVM-wide one differ once a second context
    // has started in this JVM.
    private static void signOut(ExtensionContext test) {
        SpringExtension.getApplicationContext(test).getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolderStrategy::clearContext);
        SecurityContextHolder.clearContext();
    }
}
