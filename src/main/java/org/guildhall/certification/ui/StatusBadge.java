package org.guildhall.certification.ui;

import com.vaadin.flow.component.html.Span;
import org.guildhall.certification.CertificationStatus;

/** A certification's status as a coloured pill: green while it stands, grey once suspended, expired, lapsed or revoked. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(CertificationStatus status) {
        var badge = new Span(PublicCredentialFacts.text(status.labelKey()));
        badge.addClassNames("gh-badge", switch (status) {
            case ACTIVE -> "gh-badge-yes";
            case RENEWAL_DUE -> "gh-badge-due";
            case EXPIRED, LAPSED, SUSPENDED, REVOKED -> "gh-badge-no";
        });
        return badge;
    }
}
