package org.guildhall.membership.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipActionRepository extends JpaRepository<MembershipAction, Long> {

    List<MembershipAction> findByAccountIdOrderByTakenAtDescIdDesc(long accountId);
}
