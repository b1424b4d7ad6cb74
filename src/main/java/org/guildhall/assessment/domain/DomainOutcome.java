package org.guildhall.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.guildhall.assessment.DomainResult;
import org.guildhall.assessment.DomainVerdict;

/** The panel's recorded outcome on one competency domain, with the feedback the candidate's letter carries. */
@Embeddable
public class DomainOutcome {

    @Column(name = "domain_code")
    private String domainCode;

    @Enumerated(EnumType.STRING)
    private DomainResult result;

    private String feedback;

    protected DomainOutcome() {
    }

    DomainOutcome(String domainCode, DomainResult result, String feedback) {
        this.domainCode = domainCode;
        this.result = result;
        this.feedback = feedback;
    }

    public DomainVerdict toVerdict() {
        return new DomainVerdict(domainCode, result, feedback);
    }
}
