package org.guildhall.cpd.domain;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The registrar's CPD queue, oldest first, each row read by one query with the member's name and member number
 * joined in (by entity name; identity and membership own those rows).
 * The search's patterns are a {@link org.guildhall.shared.StaffSearch}'s, all blank for everyone.
 * A claim waits while it is submitted or its audit answered: MariaDB keeps {@code waitingSince} for exactly those
 * (V63), so a page is read in the order of its index instead of sorting every waiting claim.
 */
public interface CpdQueueRows extends Repository<CpdActivity, Long> {

    String QUEUE = """
            from CpdActivity a join Account person on person.id = a.accountId
              left join Membership m on m.accountId = a.accountId
            where a.waitingSince is not null
              and (:name = '' and :email = '' and :number = ''
                   or :name <> '' and (person.fullName like :name escape '!' or person.surname like :name escape '!')
                   or :email <> '' and person.email like :email escape '!'
                   or :number <> '' and m.memberNumber like :number escape '!')
            """;

    @Query("select new org.guildhall.cpd.domain.CpdClaimRow(a.id, person.fullName, m.memberNumber, a.title, a.category,"
            + " a.activityType, a.endsOn, a.hours, a.excludedHours, a.status, a.submittedAt) " + QUEUE
            + " order by a.waitingSince, a.id")
    List<CpdClaimRow> queue(String name, String email, String number, Pageable page);

    @Query("select count(a) " + QUEUE)
    long count(String name, String email, String number);

    /** The count before a search: every waiting claim has its member, so the waiting index alone answers. */
    @Query("select count(a) from CpdActivity a where a.waitingSince is not null")
    long countAll();
}
