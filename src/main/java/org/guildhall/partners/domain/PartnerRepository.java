package org.guildhall.partners.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerRepository extends JpaRepository<Partner, Long> {

    @EntityGraph(attributePaths = "contacts")
    List<Partner> findAllByOrderByName();

    /** The partners this account acts for. */
    @EntityGraph(attributePaths = "contacts")
    @Query("select p from Partner p where :accountId member of p.contacts order by p.name")
    List<Partner> findByContact(long accountId);

    boolean existsByName(String name);

    @EntityGraph(attributePaths = "contacts")
    Optional<Partner> findWithContactsById(long id);
}
