package org.guildhall.identity.domain;

import java.util.Optional;

import org.guildhall.identity.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    /**
     * With its roles in the same query: every signed-in request reads it (issue 15). A fetch join, not an entity
     * graph, so Hibernate caches the query's plan (docs/decisions/query-plan-cache.md).
     */
    @Query("select a from Account a left join fetch a.roles where a.email = :email")
    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("""
            select a from Account a join a.roles r
            where r = :role
              and (lower(a.fullName) like lower(concat('%', :text, '%')) or a.email like lower(concat('%', :text, '%')))
            """)
    Page<Account> searchWithRole(Role role, String text, Pageable pageable);

    /** How many accounts hold the role, from the roles' index alone (every role row has its account). */
    @Query(value = "select count(*) from account_role where role = :role", nativeQuery = true)
    long countWithRole(String role);
}
