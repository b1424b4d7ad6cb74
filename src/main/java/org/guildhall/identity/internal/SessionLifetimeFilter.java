package org.guildhall.identity.internal;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session at its next request when its account's sessions were ended since it signed in (a
 * revoked role, a new password, an admin's "sign out everywhere"), or when it has outlived its absolute lifetime.
 * The request then goes on as a visitor's: a page is sent to sign in, and a Vaadin UI request finds its session
 * gone, so the browser reloads and lands on the sign-in page too.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    private final AccountSessions sessions;
    private final SessionSettings settings;
    private final SecurityContextHolderStrategy securityContexts;
    private final Clock clock;

    SessionLifetimeFilter(AccountSessions sessions, SessionSettings settings,
            SecurityContextHolderStrategy securityContexts, Clock clock) {
        this.sessions = sessions;
        this.settings = settings;
        this.securityContexts = securityContexts;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        // Every sign-in through the portal's form stamps its session (SessionStamping); a session without a stamp
        // was never signed in there, so there is nothing of its sign-in to judge.
        if (session != null && session.getAttribute(SessionStamp.ATTRIBUTE) instanceof SessionStamp stamp
                && (stamp.outlived(settings.absoluteTimeout(), clock.instant())
                        || stamp.endedBy(sessions.generationOf(stamp.accountId())))) {
            session.invalidate();
            securityContexts.clearContext();
        }
        chain.doFilter(request, response);
    }
}
