package org.guildhall.membership.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipTermRepository extends JpaRepository<MembershipTerm, Long> {

    List<MembershipTerm> findByAccountIdOrderByTermNumberAsc(long accountId);
}
