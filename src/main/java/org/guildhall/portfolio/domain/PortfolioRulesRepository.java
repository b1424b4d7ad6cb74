package org.guildhall.portfolio.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PortfolioRulesRepository extends JpaRepository<PortfolioRules, Integer> {
}
