package org.guildhall.identity.domain;

import java.util.List;

import org.guildhall.identity.Role;
import org.guildhall.identity.RoleChangeEntry;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoleChangeRepository extends JpaRepository<RoleChange, Long> {

    /** The audit trail, newest first, one query a page with the names joined in. */
    @Query("select new org.guildhall.identity.RoleChangeEntry(a.fullName, a.email, c.role, c.granted, c.changedBy,"
            + " c.changedAt) from RoleChange c join c.account a order by c.changedAt desc, c.id desc")
    List<RoleChangeEntry> newestFirst(Pageable pageable);

    /** The newest grant of the role to the account, with the account, as many grants as there are: the first. */
    @Query("""
            select c from RoleChange c join fetch c.account a
            where a.id = :accountId and c.role = :role and c.granted = true
            order by c.changedAt desc, c.id desc""")
    List<RoleChange> grantsNewestFirst(long accountId, Role role, Limit limit);
}
