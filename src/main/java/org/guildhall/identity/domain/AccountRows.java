package org.guildhall.identity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.guildhall.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Accounts read for lists, without loading entities: a page of rows in one query, and the roles of all of them in
 * one more. {@code text} is lower case, blank for everyone.
 */
public interface AccountRows extends Repository<Account, Long> {

    /** An account's listed fields. */
    record Row(long id, String email, String fullName, Instant createdAt) {
    }

    /** One role one account holds. */
    record Holding(long accountId, Role role) {
    }

    String MATCHING = """
            from Account a
            where :text = '' or lower(a.fullName) like concat('%', :text, '%') or a.email like concat('%', :text, '%')
            """;

    @Query("select new org.guildhall.identity.domain.AccountRows$Row(a.id, a.email, a.fullName, a.createdAt) "
            + MATCHING + " order by a.fullName, a.id")
    List<Row> matching(String text, Pageable page);

    @Query("select count(a) " + MATCHING)
    long countMatching(String text);

    /** An account's name. */
    record Name(long id, String fullName) {
    }

    @Query("select new org.guildhall.identity.domain.AccountRows$Name(a.id, a.fullName) from Account a where a.id in :ids")
    List<Name> namesOf(Collection<Long> ids);

    /** An account's chosen language tag (null when none was chosen). */
    record Language(long id, @Nullable String tag) {
    }

    @Query("select new org.guildhall.identity.domain.AccountRows$Language(a.id, a.language) from Account a"
            + " where a.id in :ids")
    List<Language> languagesOf(Collection<Long> ids);

    @Query("select new org.guildhall.identity.domain.AccountRows$Holding(a.id, r) from Account a join a.roles r"
            + " where a.id in :ids")
    List<Holding> rolesOf(Collection<Long> ids);
}
