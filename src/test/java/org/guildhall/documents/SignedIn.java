package org.guildhall.documents;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Signs accounts in and out on the test thread, as the portal's login would (the name is the email), for tests
 * that switch between people created on the spot.
 * <p>
 * It writes to both places a signed-in person is looked up: the application context's strategy (method security,
 * the document service) and the JVM-wide {@code SecurityContextHolder} ({@code AccountService.currentAccount()}).
 * They are one object in the portal, but not once the browser journeys have started a second context in this JVM.
 */
final class SignedIn {

    private final SecurityContextHolderStrategy applicationStrategy;

    SignedIn(SecurityContextHolderStrategy applicationStrategy) {
        this.applicationStrategy = applicationStrategy;
    }

    void as(String email) {
        var context = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(email, null,
                List.of(new SimpleGrantedAuthority("ROLE_MEMBER"))));
        applicationStrategy.setContext(context);
        SecurityContextHolder.setContext(context);
    }

    void nobody() {
        applicationStrategy.clearContext();
        SecurityContextHolder.clearContext();
    }
}
