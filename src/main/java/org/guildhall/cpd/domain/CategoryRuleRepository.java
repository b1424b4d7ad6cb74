package org.guildhall.cpd.domain;

import org.guildhall.cpd.CpdCategory;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CategoryRuleRepository extends JpaRepository<CategoryRule, CpdCategory> {
}
