package org.guildhall.cpd.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Holders' emails and member numbers for a chunk of report rows in one query, joined by entity name as the CPD
 * queue does (identity and membership own those rows).
 */
public interface CpdHolderRows extends Repository<CpdActivity, Long> {

    @Query("select new org.guildhall.cpd.domain.HolderContact(person.id, person.email, m.memberNumber)"
            + " from Account person left join Membership m on m.accountId = person.id where person.id in :accountIds")
    List<HolderContact> contactsOf(Collection<Long> accountIds);
}
