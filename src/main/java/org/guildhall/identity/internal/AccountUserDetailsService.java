package org.guildhall.identity.internal;

import java.time.Clock;
import java.util.Optional;

import org.guildhall.identity.domain.Account;
import org.guildhall.identity.domain.AccountRepository;
import org.guildhall.identity.domain.EmailAddress;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in; an account pausing after repeated wrong passwords is reported locked, so even the
 * right password is refused until the pause ends. After a successful sign-in with a hash in an older scheme
 * (bcrypt, or weaker Argon2id parameters) Spring Security hands the new hash here to store.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return find(username).map(this::toPrincipal).orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        var account = find(user.getUsername())
                .orElseThrow(() -> new UsernameNotFoundException("The account disappeared while signing in"));
        account.changePasswordHash(newPassword);
        return toPrincipal(account);
    }

    private Optional<Account> find(String username) {
        // An erased account answers as if there were none: its pseudonymous address must not sign in either.
        return EmailAddress.isValid(username)
                ? accounts.findByEmail(new EmailAddress(username).value()).filter(account -> !account.isErased())
                : Optional.empty();
    }

    private AccountPrincipal toPrincipal(Account account) {
        var roles = account.roles().stream().map(Enum::name).sorted().toList();
        return new AccountPrincipal(account.email(), account.fullName(), account.passwordHash(), roles,
                account.isSignInPausedAt(clock.instant()));
    }
}
