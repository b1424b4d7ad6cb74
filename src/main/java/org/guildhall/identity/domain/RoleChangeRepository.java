package org.guildhall.identity.domain;

import java.util.List;
import java.util.Optional;

import org.guildhall.identity.Role;
import org.guildhall.identity.RoleChangeEntry;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoleChangeRepository extends JpaRepository<RoleChange, Long> {

    /** The audit trail, newest first, one query a page with the names joined in. */
    @Query("select new org.guildhall.identity.RoleChangeEntry(a.fullName, a.email, c.role, c.granted, c.changedBy,"
            + " c.changedAt) from RoleChange c join c.account a order by c.changedAt desc, c.id desc")
    List<RoleChangeEntry> newestFirst(Pageable pageable);

    @EntityGraph(attributePaths = "account")
    Optional<RoleChange> findFirstByAccountIdAndRoleAndGrantedTrueOrderByChangedAtDesc(long accountId, Role role);
}
