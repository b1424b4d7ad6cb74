package org.guildhall.portfolio.internal;

import org.guildhall.certification.CertificationEvents.ExperienceRouteOpened;
import org.guildhall.portfolio.PortfolioService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A candidate who passed the experience-route check gets a portfolio to fill in. */
@Component
class ExperienceRouteListener {

    private final PortfolioService portfolios;

    ExperienceRouteListener(PortfolioService portfolios) {
        this.portfolios = portfolios;
    }

    @ApplicationModuleListener
    void on(ExperienceRouteOpened opened) {
        portfolios.open(opened.candidateAccountId(), opened.designationCode());
    }
}
