package org.guildhall.payment.domain;

import java.math.BigDecimal;
import java.time.Instant;

import org.guildhall.payment.InvoiceStatus;
import org.guildhall.payment.PaymentDeclarationData;
import org.guildhall.payment.PaymentDeclarationRefusedException;
import org.guildhall.payment.PaymentPurpose;
import org.guildhall.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A payer declares a bank transfer with its reference so the registrar can find the money (issue 13, forms): the
 * reference is needed and fits the invoice's column, and a refusal names its field.
 */
class InvoiceTest {

    @Test
    void a_declaration_without_a_reference_is_refused_on_the_reference_and_records_nothing() {
        var invoice = invoice();

        assertThatExceptionOfType(PaymentDeclarationRefusedException.class)
                .isThrownBy(() -> invoice.declarePayment(new PaymentDeclarationData("  ")))
                .extracting(PaymentDeclarationRefusedException::fieldProblems).asList()
                .extracting(problem -> ((FieldProblem) problem).field())
                .containsExactly(PaymentDeclarationData.PAYER_REFERENCE);
        assertThat(invoice.toView().status()).isEqualTo(InvoiceStatus.ISSUED);
    }

    @Test
    void a_reference_longer_than_the_invoice_keeps_is_refused_and_one_that_fits_is_kept_trimmed() {
        var invoice = invoice();
        String tooLong = "B".repeat(Invoice.MAX_PAYER_REFERENCE + 1);

        assertThatExceptionOfType(PaymentDeclarationRefusedException.class)
                .isThrownBy(() -> invoice.declarePayment(new PaymentDeclarationData(tooLong)));
        invoice.declarePayment(new PaymentDeclarationData(" " + "B".repeat(Invoice.MAX_PAYER_REFERENCE) + " "));

        assertThat(invoice.toView().payerReference()).isEqualTo("B".repeat(Invoice.MAX_PAYER_REFERENCE));
        assertThat(invoice.toView().status()).isEqualTo(InvoiceStatus.PAYMENT_DECLARED);
    }

    private static Invoice invoice() {
        var invoice = new Invoice("INV-000001", 1, PaymentPurpose.EXAM_ENROLMENT, "exam-1", "Exam enrolment: CRMP",
                new BigDecimal("350.00"), Instant.parse("2026-11-25T09:00:00Z"));
        ReflectionTestUtils.setField(invoice, "id", 1L); // as the database would have numbered it
        return invoice;
    }
}
