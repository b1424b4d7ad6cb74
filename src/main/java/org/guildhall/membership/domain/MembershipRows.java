package org.guildhall.membership.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.guildhall.identity.Role;
import org.guildhall.membership.ApplicationStatus;
import org.guildhall.membership.ApplicationSummary;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.RegisterEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The registrar's lists, each row built by one query with the person's name joined in from the account (read by
 * entity name; the identity module still owns every write). The search's patterns are a
 * {@link org.guildhall.shared.StaffSearch}'s (a prefix of the name, the surname, the email or the member number),
 * all blank for everyone.
 */
public interface MembershipRows extends Repository<MembershipApplication, Long> {

    String QUEUE = """
            from MembershipApplication a join Account person on person.id = a.applicantAccountId
            where a.status in :statuses
              and (:category is null or a.category = :category)
              and (:submittedBefore is null or a.submittedAt < :submittedBefore)
              and (:name = '' and :email = '' and :number = ''
                   or :name <> '' and (person.fullName like :name escape '!' or person.surname like :name escape '!')
                   or :email <> '' and person.email like :email escape '!')
            """;

    @Query("select new org.guildhall.membership.ApplicationSummary(a.id, person.fullName, person.email, a.category,"
            + " a.status, a.submittedAt) " + QUEUE)
    List<ApplicationSummary> queue(Collection<ApplicationStatus> statuses, @Nullable MembershipCategory category,
            @Nullable Instant submittedBefore, String name, String email, String number, Pageable page);

    @Query("select count(a) " + QUEUE)
    long countQueue(Collection<ApplicationStatus> statuses, @Nullable MembershipCategory category,
            @Nullable Instant submittedBefore, String name, String email, String number);

    /** The count before a search: every application has its applicant, so the status index alone answers. */
    @Query("""
            select count(a) from MembershipApplication a
            where a.status in :statuses
              and (:category is null or a.category = :category)
              and (:submittedBefore is null or a.submittedAt < :submittedBefore)""")
    long countQueueUnsearched(Collection<ApplicationStatus> statuses, @Nullable MembershipCategory category,
            @Nullable Instant submittedBefore);

    String REGISTER = """
            from Account person left join Membership m on m.accountId = person.id
            where :role member of person.roles
              and (:name = '' and :email = ''
                   or :name <> '' and (person.fullName like :name escape '!' or person.surname like :name escape '!')
                   or :email <> '' and person.email like :email escape '!')
            """;

    @Query("select new org.guildhall.membership.RegisterEntry(person.id, person.fullName, person.email,"
            + " m.memberNumber, person.createdAt) " + REGISTER + " order by person.fullName, person.id")
    List<RegisterEntry> register(Role role, String name, String email, Pageable page);

    @Query("select count(person) " + REGISTER)
    long countRegister(Role role, String name, String email);

    /**
     * A search by member number starts from the membership's number index (an outer join from the accounts would
     * read every account first).
     */
    String REGISTER_BY_NUMBER = """
            from Membership m join Account person on person.id = m.accountId
            where :role member of person.roles and m.memberNumber like :number escape '!'
            """;

    @Query("select new org.guildhall.membership.RegisterEntry(person.id, person.fullName, person.email,"
            + " m.memberNumber, person.createdAt) " + REGISTER_BY_NUMBER + " order by person.fullName, person.id")
    List<RegisterEntry> registerByNumber(Role role, String number, Pageable page);

    @Query("select count(person) " + REGISTER_BY_NUMBER)
    long countRegisterByNumber(Role role, String number);
}
