package org.guildhall.membership.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.guildhall.membership.MembershipCategory;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipFeeRepository extends JpaRepository<MembershipFee, Long> {

    /** The fee in force on a day: the row with the latest start on or before it. */
    Optional<MembershipFee> findFirstByCategoryAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(
            MembershipCategory category, LocalDate day);

    boolean existsByCategoryAndEffectiveFrom(MembershipCategory category, LocalDate day);

    List<MembershipFee> findAllByOrderByCategoryAscEffectiveFromDesc();
}
