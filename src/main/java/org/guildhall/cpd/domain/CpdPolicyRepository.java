package org.guildhall.cpd.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CpdPolicyRepository extends JpaRepository<CpdPolicy, Integer> {

    default CpdPolicy current() {
        return findById(1).orElseThrow(() -> new IllegalStateException("The CPD policy row is missing"));
    }
}
