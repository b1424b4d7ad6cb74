package org.guildhall.membership.domain;

import java.time.LocalDate;
import java.util.List;

import org.guildhall.membership.MembershipStatus;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The register's counts for the registrar's reports, each one grouped query. */
public interface RegisterReportRows extends Repository<Membership, Long> {

    @Query("select new org.guildhall.membership.domain.RegisterCount(m.category, m.status, count(m))"
            + " from Membership m group by m.category, m.status")
    List<RegisterCount> countsByCategoryAndStatus();

    /** Memberships whose start falls in the period, both days included, by year and month. */
    @Query("select new org.guildhall.membership.domain.MonthCount(year(m.memberSince), month(m.memberSince), count(m))"
            + " from Membership m where m.memberSince between :from and :to"
            + " group by year(m.memberSince), month(m.memberSince)")
    List<MonthCount> joinsByMonth(LocalDate from, LocalDate to);

    /** Memberships now in {@code status} that entered it in the period, by year and month. */
    @Query("select new org.guildhall.membership.domain.MonthCount(year(m.statusSince), month(m.statusSince), count(m))"
            + " from Membership m where m.status = :status and m.statusSince between :from and :to"
            + " group by year(m.statusSince), month(m.statusSince)")
    List<MonthCount> enteredByMonth(MembershipStatus status, LocalDate from, LocalDate to);
}
