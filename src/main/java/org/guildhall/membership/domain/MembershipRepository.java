package org.guildhall.membership.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    Optional<Membership> findByMemberNumber(String memberNumber);

    @Query(value = "select nextval(member_number_seq)", nativeQuery = true)
    long nextMemberNumber();
}
