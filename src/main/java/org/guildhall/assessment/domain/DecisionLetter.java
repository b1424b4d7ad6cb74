package org.guildhall.assessment.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.guildhall.documents.PdfLayout;

/**
 * The letter the candidate receives with the panel's decision. It speaks for the panel as a whole: it names no
 * assessor and shows no score, only the outcome and the words the panel addressed to the candidate.
 */
public final class DecisionLetter {

    private DecisionLetter() {
    }

    public static byte[] write(String candidateName, String designation, LocalDate date, String outcomeSentence,
            String messageToCandidate) {
        return PdfLayout.portrait("Decision on the portfolio of " + candidateName + " for " + designation, Locale.UK)
                .withPageNumbers()
                .paragraph("Guildhall \u2014 Institute of Customer Service, CRM & Contact Centre Management",
                        PdfLayout.Style.BODY.bold().size(12))
                .paragraph(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(date))
                .paragraph("Dear " + candidateName + ",")
                .heading(1, "Your experience-route portfolio for " + designation)
                .paragraph(outcomeSentence)
                .paragraph(messageToCandidate)
                .paragraph("Yours sincerely,\nThe Registrar, on behalf of the assessment panel")
                .toBytes();
    }
}
