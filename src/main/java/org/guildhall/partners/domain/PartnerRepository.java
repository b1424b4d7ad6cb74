package org.guildhall.partners.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerRepository extends JpaRepository<Partner, Long> {

    @Query("select p from Partner p left join fetch p.contacts order by p.name")
    List<Partner> findAllByOrderByName();

    /** The partners this account acts for. */
    @Query("select p from Partner p left join fetch p.contacts where :accountId member of p.contacts order by p.name")
    List<Partner> findByContact(long accountId);

    /** Every account that acts for some partner: a short list, read for the home page's partner panel. */
    @Query("select distinct c from Partner p join p.contacts c")
    Set<Long> findAllContactIds();

    boolean existsByName(String name);

    @Query("select p from Partner p left join fetch p.contacts where p.id = :id")
    Optional<Partner> findWithContactsById(long id);
}
