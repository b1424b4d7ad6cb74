package org.guildhall.identity.domain;

import java.util.Optional;

import org.guildhall.identity.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleChangeRepository extends JpaRepository<RoleChange, Long> {

    @EntityGraph(attributePaths = "account")
    Page<RoleChange> findAllByOrderByChangedAtDescIdDesc(Pageable pageable);

    @EntityGraph(attributePaths = "account")
    Optional<RoleChange> findFirstByAccountIdAndRoleAndGrantedTrueOrderByChangedAtDesc(long accountId, Role role);
}
