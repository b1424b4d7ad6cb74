package org.guildhall.identity;

import java.time.Clock;

import org.guildhall.identity.domain.AccountRepository;
import org.guildhall.platform.ReferenceCache;
import org.springframework.stereotype.Component;

/**
 * How many accounts hold each role, as the staff home pages show it: counted at most once a minute per role on
 * this instance (at 100k members one count reads 100k index entries), and again at once after a change made here
 * to who holds a role. Lists and searches count exactly.
 */
@Component
class RoleHeadcounts {

    private final ReferenceCache<Role, Long> counts;

    RoleHeadcounts(AccountRepository accounts, Clock clock) {
        this.counts = new ReferenceCache<>(clock, role -> accounts.countWithRole(role.name()));
    }

    long of(Role role) {
        return counts.get(role);
    }

    /** An account was created or a role granted or revoked on this instance. */
    void forget() {
        counts.forget();
    }
}
