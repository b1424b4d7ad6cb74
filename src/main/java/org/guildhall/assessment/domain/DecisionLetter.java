package org.guildhall.assessment.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The letter the candidate receives with the panel's decision. It speaks for the panel as a whole: it names no
 * assessor and shows no score, only the outcome and the words the panel addressed to the candidate.
 */
public final class DecisionLetter {

    private DecisionLetter() {
    }

    public static byte[] write(String candidateName, String designation, LocalDate date, String outcomeSentence,
            String messageToCandidate) {
        try (var letter = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var writer = new PdfWriter(letter);
            writer.heading("Guildhall \u2014 Institute of Customer Service, CRM & Contact Centre Management", 12);
            writer.paragraph(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(date));
            writer.paragraph("Dear " + candidateName + ",");
            writer.heading("Your experience-route portfolio for " + designation, 14);
            writer.paragraph(outcomeSentence);
            writer.paragraph(messageToCandidate);
            writer.paragraph("Yours sincerely,\nThe Registrar, on behalf of the assessment panel");
            writer.close();
            PdfWriter.numberPages(letter);
            letter.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
