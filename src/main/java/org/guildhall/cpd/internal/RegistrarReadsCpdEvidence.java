package org.guildhall.cpd.internal;

import org.guildhall.cpd.CpdReviewService;
import org.guildhall.cpd.HardshipService;
import org.guildhall.documents.DocumentReadPermission;
import org.guildhall.documents.DocumentReference;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Registrars reviewing CPD claims and audits, and deciding hardship requests, may read the evidence attached to
 * them; other members never can.
 */
@Component
class RegistrarReadsCpdEvidence implements DocumentReadPermission {

    private final CpdReviewService review;
    private final HardshipService hardship;

    RegistrarReadsCpdEvidence(CpdReviewService review, HardshipService hardship) {
        this.review = review;
        this.hardship = hardship;
    }

    @Override
    public boolean mayRead(DocumentReference document, Authentication reader) {
        return reader.getAuthorities().stream().anyMatch(authority -> "ROLE_REGISTRAR".equals(authority.getAuthority()))
                && (review.isEvidence(document.id()) || hardship.isHardshipEvidence(document.id()));
    }
}
