package org.guildhall.membership.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationDecisionRepository extends JpaRepository<ApplicationDecision, Long> {

    List<ApplicationDecision> findByApplicationIdOrderByDecidedAtDescIdDesc(long applicationId);
}
