package org.guildhall.identity;

import java.time.Clock;

import org.guildhall.identity.domain.Account;
import org.guildhall.identity.domain.AccountRepository;
import org.guildhall.identity.domain.RoleChange;
import org.guildhall.identity.domain.RoleChangeRepository;
import org.guildhall.identity.internal.AccountSessions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's work on accounts: granting and revoking staff roles (each change written to the audit trail in the
 * same transaction), and ending every session of an account. Finding people and reading the trail is
 * {@link AccountDirectory}'s.
 */
@Service
@Transactional(readOnly = true)
public class AccountAdministrationService {

    private final AccountRepository accounts;
    private final RoleChangeRepository roleChanges;
    private final AccountSessions sessions;
    private final Clock clock;
    private final RoleHeadcounts headcounts;

    AccountAdministrationService(AccountRepository accounts, RoleChangeRepository roleChanges,
            AccountSessions sessions, Clock clock, RoleHeadcounts headcounts) {
        this.accounts = accounts;
        this.headcounts = headcounts;
        this.roleChanges = roleChanges;
        this.sessions = sessions;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional
    public AccountSummary grantStaffRole(long accountId, Role role) {
        return changeStaffRole(accountId, role, true);
    }

    /** Takes a staff role away; the account's open sessions end, so none goes on using the role. */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional
    public AccountSummary revokeStaffRole(long accountId, Role role) {
        return changeStaffRole(accountId, role, false);
    }

    /** The admin's "sign out everywhere": every open session of the account ends at its next request. */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional
    public void signOutEverywhere(long accountId) {
        var account = accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
        sessions.endOtherSessionsOf(account.id());
    }

    private AccountSummary changeStaffRole(long accountId, Role role, boolean grant) {
        if (!role.isStaffRole()) {
            throw new IllegalArgumentException(role + " is not a staff role an admin grants");
        }
        var account = accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
        boolean changed = grant ? account.grant(role) : account.revoke(role);
        if (changed) {
            roleChanges.save(new RoleChange(account, role, grant, SignedIn.email(), clock.instant()));
            headcounts.forget();
            if (!grant) {
                sessions.endOtherSessionsOf(account.id());
            }
        }
        return account.toSummary();
    }
}
