package org.guildhall.identity.internal;

import java.time.Clock;

import org.guildhall.identity.domain.AccountRepository;
import org.guildhall.identity.domain.EmailAddress;
import org.guildhall.identity.domain.LoginThrottlePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords per account (in the database, under the {@link LoginThrottlePolicy}) and per client
 * address (in memory, {@link ClientSignInThrottle}); a success starts the account's count again.
 */
@Component
class LoginAttemptRecorder {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptRecorder.class);

    private final AccountRepository accounts;
    private final LoginThrottlePolicy accountThrottle;
    private final ClientSignInThrottle clientThrottle;
    private final Clock clock;

    LoginAttemptRecorder(AccountRepository accounts, LoginThrottlePolicy accountThrottle,
            ClientSignInThrottle clientThrottle, Clock clock) {
        this.accounts = accounts;
        this.accountThrottle = accountThrottle;
        this.clientThrottle = clientThrottle;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null) {
            clientThrottle.recordFailure(web.getRemoteAddress());
        }
        String username = event.getAuthentication().getName();
        if (!EmailAddress.isValid(username)) {
            return;
        }
        accounts.findByEmail(new EmailAddress(username).value()).ifPresent(account -> {
            account.recordFailedLogin(clock.instant(), accountThrottle);
            if (account.isSignInPausedAt(clock.instant())) {
                log.warn("Sign-in to account {} pauses until {} after {} wrong passwords in a row", account.id(),
                        account.nextSignInAt(), account.failedLoginCount());
            }
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.findByEmail(event.getAuthentication().getName())
                .filter(account -> account.failedLoginCount() > 0)
                .ifPresent(account -> account.recordSuccessfulLogin());
    }
}
