package org.guildhall.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.identity.TooManyRequestsException;
import org.guildhall.identity.internal.RequestRateLimits.Limited;
import org.guildhall.shared.Text;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the sign-in form's POST: a client over its rate of sign-in attempts, or pausing after many wrong
 * passwords ({@link ClientSignInThrottle}), is sent back to the form with the reason, and no password is checked.
 */
final class SignInLimitFilter extends OncePerRequestFilter {

    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");

    private final RequestRateLimits rateLimits;
    private final ClientSignInThrottle throttle;

    SignInLimitFilter(RequestRateLimits rateLimits, ClientSignInThrottle throttle) {
        this.rateLimits = rateLimits;
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SIGN_IN.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        var pause = throttle.remainingPause(address);
        try {
            if (pause.isPresent()) {
                throw new TooManyRequestsException(Text.of("identity.limit.wrong-passwords-per-client"),
                        pause.get());
            }
            rateLimits.takeForClient(Limited.SIGN_IN_PER_CLIENT, address);
        } catch (TooManyRequestsException refused) {
            request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                    new SignInRefusedException(refused.reason()));
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }
}
