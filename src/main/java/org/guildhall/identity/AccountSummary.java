package org.guildhall.identity;

import java.time.Instant;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/** What other modules and views see of an account: never its password hash or lock state. */
@NamedInterface("api")
public record AccountSummary(long id, String email, String fullName, Set<Role> roles, Instant createdAt) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
