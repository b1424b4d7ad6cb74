package org.guildhall.certification.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A candidate passed the experience check for a designation; kept so the portfolio opens once. */
@Entity
@Table(name = "experience_route_opening")
public class ExperienceRouteOpening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;

    private String designationCode;

    private Instant openedAt;

    protected ExperienceRouteOpening() {
    }

    public ExperienceRouteOpening(long accountId, String designationCode, Instant openedAt) {
        this.accountId = accountId;
        this.designationCode = designationCode;
        this.openedAt = openedAt;
    }

    public String designationCode() {
        return designationCode;
    }
}
