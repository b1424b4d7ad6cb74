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
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts wrong passwords per account and locks it under the {@link LoginThrottlePolicy}; a success resets it. */
@Component
class LoginAttemptRecorder {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptRecorder.class);

    private final AccountRepository accounts;
    private final LoginThrottlePolicy policy;
    private final Clock clock;

    LoginAttemptRecorder(AccountRepository accounts, LoginThrottlePolicy policy, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (!EmailAddress.isValid(username)) {
            return;
        }
        accounts.findByEmail(new EmailAddress(username).value()).ifPresent(account -> {
            account.recordFailedLogin(clock.instant(), policy);
            if (account.isLockedAt(clock.instant())) {
                log.warn("Account {} locked until {} after repeated failed sign-ins", account.email(),
                        account.lockedUntil());
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
