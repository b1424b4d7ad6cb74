package org.guildhall.assessment.domain;

import java.util.List;

import org.guildhall.assessment.Rubric;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RubricRepository extends JpaRepository<RubricDomain, String> {

    @Query("select d from RubricDomain d order by d.position")
    List<RubricDomain> domainsInOrder();

    @Query("select c from RubricCriterion c order by c.domainCode, c.position")
    List<RubricCriterion> criteria();

    default Rubric rubric() {
        var criteria = criteria();
        return new Rubric(domainsInOrder().stream().map(domain -> new Rubric.Domain(domain.code(), domain.name(),
                criteria.stream().filter(c -> c.domainCode().equals(domain.code()))
                        .map(c -> new Rubric.Criterion(c.id(), c.text())).toList())).toList());
    }
}
