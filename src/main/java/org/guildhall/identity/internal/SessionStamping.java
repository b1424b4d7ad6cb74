package org.guildhall.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

/** At sign-in, stamps the (new) session with its account's session generation and the time. */
class SessionStamping implements SessionAuthenticationStrategy {

    private final AccountSessions sessions;

    SessionStamping(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        request.getSession().setAttribute(SessionStamp.ATTRIBUTE, sessions.stampFor(authentication));
    }
}
