package org.guildhall.identity.internal;

import java.time.Clock;

import org.guildhall.identity.domain.Account;
import org.guildhall.identity.domain.AccountRepository;
import org.guildhall.identity.domain.EmailAddress;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in; a locked account is reported locked so even the right password is refused. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!EmailAddress.isValid(username)) {
            throw new UsernameNotFoundException("No such account");
        }
        return accounts.findByEmail(new EmailAddress(username).value())
                .map(this::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    private AccountPrincipal toPrincipal(Account account) {
        var roles = account.roles().stream().map(Enum::name).sorted().toList();
        return new AccountPrincipal(account.email(), account.fullName(), account.passwordHash(), roles,
                account.isLockedAt(clock.instant()));
    }
}
