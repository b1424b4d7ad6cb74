package org.guildhall.cpd.domain;

import java.util.List;

import org.guildhall.cpd.HardshipState;
import org.guildhall.cpd.HardshipSummary;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The registrar's queue of hardship requests waiting for a decision, oldest first, each row read by one query with
 * the member's name and member number joined in (by entity name; identity and membership own those rows).
 */
public interface HardshipQueueRows extends Repository<HardshipRequest, Long> {

    String QUEUE = """
            from HardshipRequest h join Account person on person.id = h.accountId
              left join Membership m on m.accountId = h.accountId
            where h.state = :state
            """;

    @Query("select new org.guildhall.cpd.HardshipSummary(h.id, person.fullName, m.memberNumber, h.designationCode,"
            + " h.kind, h.reason, h.startsOn, h.endsOn, h.state, h.requestedAt) " + QUEUE
            + " order by h.requestedAt, h.id")
    List<HardshipSummary> queue(HardshipState state, Pageable page);

    @Query("select count(h) " + QUEUE)
    long count(HardshipState state);
}
