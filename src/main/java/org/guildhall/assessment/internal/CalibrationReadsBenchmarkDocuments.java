package org.guildhall.assessment.internal;

import org.guildhall.assessment.domain.BenchmarkRepository;
import org.guildhall.documents.DocumentReadPermission;
import org.guildhall.documents.DocumentReference;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A benchmark portfolio's documents are read by every assessor, who scores it blind while calibrating (issue 20):
 * the registrar made it a benchmark for all of them. Asked on every read, so it ends with the assessor role.
 */
@Component
class CalibrationReadsBenchmarkDocuments implements DocumentReadPermission {

    private static final String ASSESSOR_AUTHORITY = "ROLE_" + Role.Names.ASSESSOR;

    private final PortfolioService portfolios;
    private final BenchmarkRepository benchmarks;

    CalibrationReadsBenchmarkDocuments(PortfolioService portfolios, BenchmarkRepository benchmarks) {
        this.portfolios = portfolios;
        this.benchmarks = benchmarks;
    }

    @Override
    public boolean mayRead(DocumentReference document, Authentication reader) {
        if (reader.getAuthorities().stream().noneMatch(a -> ASSESSOR_AUTHORITY.equals(a.getAuthority()))) {
            return false;
        }
        var portfolioIds = portfolios.portfoliosHolding(document.id());
        return !portfolioIds.isEmpty() && benchmarks.existsByPortfolioIdIn(portfolioIds);
    }
}
