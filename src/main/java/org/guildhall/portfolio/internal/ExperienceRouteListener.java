package org.guildhall.portfolio.internal;

import org.guildhall.certification.CertificationEvents.ExperienceRouteOpened;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A candidate who passed the experience-route check gets a portfolio to fill in. */
@Component
class ExperienceRouteListener {
    private final PortfolioLifecycle lifecycle;

    ExperienceRouteListener(PortfolioLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @ApplicationModuleListener
    void on(ExperienceRouteOpened opened) {
        lifecycle.open(opened.candidateAccountId(), opened.designationCode());
    }
}
