package org.guildhall.cpd.domain;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The registrar's CPD queue (claims submitted or with audit evidence submitted), oldest first, each row read by one query with the member's name and member number
 * joined in (by entity name; identity and membership own those rows). {@code search} is lower case, blank for all.
 */
public interface CpdQueueRows extends Repository<CpdActivity, Long> {

    String QUEUE = """
            from CpdActivity a join Account person on person.id = a.accountId
              left join Membership m on m.accountId = a.accountId
            where a.status in (org.guildhall.cpd.CpdActivityStatus.SUBMITTED, org.guildhall.cpd.CpdActivityStatus.AUDIT_SUBMITTED)
              and (:search = '' or lower(person.fullName) like concat('%', :search, '%')
                   or person.email like concat('%', :search, '%') or lower(m.memberNumber) like concat('%', :search, '%'))
            """;

    @Query("select new org.guildhall.cpd.domain.CpdClaimRow(a.id, person.fullName, m.memberNumber, a.title, a.category,"
            + " a.activityType, a.endsOn, a.hours, a.excludedHours, a.status, a.submittedAt) " + QUEUE
            + " order by a.submittedAt, a.id")
    List<CpdClaimRow> queue(String search, Pageable page);

    @Query("select count(a) " + QUEUE)
    long count(String search);

    /** The count before a search: every waiting claim has its member, so the index of statuses alone answers. */
    @Query("select count(a) from CpdActivity a where a.status in (org.guildhall.cpd.CpdActivityStatus.SUBMITTED, org.guildhall.cpd.CpdActivityStatus.AUDIT_SUBMITTED)")
    long countAll();
}
