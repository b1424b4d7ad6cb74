package org.guildhall.events.domain;

import java.util.List;

import org.guildhall.events.Registrant;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * An event's attendance list in a fixed number of queries however many come: registrants with their names,
 * emails and member numbers joined in (by entity name; identity and membership own those rows), presenters the same
 * way, and who attended.
 */
public interface RegistrantRows extends Repository<EventRegistration, Long> {

    @Query("""
            select new org.guildhall.events.Registrant(r.accountId, person.fullName, person.email, m.memberNumber,
                r.status, r.registeredAt, false, false)
            from EventRegistration r join Account person on person.id = r.accountId
              left join Membership m on m.accountId = r.accountId
            where r.eventId = :eventId and r.status <> org.guildhall.events.RegistrationStatus.CANCELLED
            order by r.registeredAt, r.id""")
    List<Registrant> registered(long eventId);

    @Query("""
            select new org.guildhall.events.Registrant(person.id, person.fullName, person.email, m.memberNumber,
                null, null, true, false)
            from Account person left join Membership m on m.accountId = person.id
            where person.id in (select presenter from InstituteEvent e join e.presenterAccountIds presenter
                                where e.id = :eventId)
            order by person.id""")
    List<Registrant> presenters(long eventId);

    @Query("select a.accountId from EventAttendance a where a.eventId = :eventId")
    List<Long> attended(long eventId);
}
