package org.guildhall.membership.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    Optional<Membership> findByMemberNumber(String memberNumber);

    @Query(value = "select nextval(member_number_seq)", nativeQuery = true)
    long nextMemberNumber();

    /** The membership row locked: every change to a membership's year goes through this, one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Membership m where m.accountId = :accountId")
    Optional<Membership> lockById(long accountId);

    /** Every membership the daily roll looks at: all but the expelled. */
    @Query("select m.accountId from Membership m where m.registrarHold is null "
            + "or m.registrarHold <> org.guildhall.membership.domain.RegistrarHold.EXPELLED order by m.accountId")
    List<Long> accountIdsToRoll();

    /**
     * The registrar's register: memberships in these statuses (and category, and status changed since a day when
     * given), by member number.
     */
    @Query("select m from Membership m where m.status in :statuses and (:category is null or m.category = :category) "
            + "and (:since is null or m.statusSince >= :since) order by m.memberNumber")
    Page<Membership> register(Collection<MembershipStatus> statuses, @Nullable MembershipCategory category,
            @Nullable LocalDate since, Pageable page);
}
