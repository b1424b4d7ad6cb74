package org.guildhall.portfolio.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import org.guildhall.portfolio.PortfolioDetails.Letter;

/** A decision letter sent to the candidate. */
@Embeddable
class LetterEntry {

    private String outcome;
    private UUID documentId;
    private LocalDate issuedOn;

    protected LetterEntry() {
    }

    LetterEntry(String outcome, UUID documentId, LocalDate issuedOn) {
        this.outcome = outcome;
        this.documentId = documentId;
        this.issuedOn = issuedOn;
    }

    Letter toRecord() {
        return new Letter(outcome, documentId, issuedOn);
    }
}
