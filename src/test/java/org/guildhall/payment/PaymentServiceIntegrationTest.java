package org.guildhall.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.payment.PaymentEvents.InvoicePaid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Issue 4, "Exams": the payment step (invoice, reference, registrar's confirmation) and its idempotence. */
@IntegrationTest
@RecordApplicationEvents
class PaymentServiceIntegrationTest {

    @Autowired PaymentService payments;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired ApplicationEvents events;

    @Test
    void issuing_the_same_fee_twice_returns_the_first_invoice() {
        long payer = payer(TestAccounts.uniqueEmail("payer"));
        var first = payments.issue(payer, PaymentPurpose.EXAM_ENROLMENT, "test-enrolment-" + payer, "CCSP exam",
                new BigDecimal("350.00"));
        var again = payments.issue(payer, PaymentPurpose.EXAM_ENROLMENT, "test-enrolment-" + payer, "CCSP exam",
                new BigDecimal("350.00"));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.reference()).matches("INV-\\d{6}");
        assertThat(first.status()).isEqualTo(InvoiceStatus.ISSUED);
    }

    @Test
    void two_registrars_confirming_at_once_confirm_once_and_announce_the_payment_once() throws Exception {
        String payerEmail = TestAccounts.uniqueEmail("payer");
        long payer = payer(payerEmail);
        var invoice = payments.issue(payer, PaymentPurpose.RENEWAL, "test-renewal-" + payer, "CCSP renewal",
                new BigDecimal("150.00"));
        TestAccounts.signInAs(payerEmail, Role.MEMBER);
        assertThat(payments.declarePayment(invoice.id(), new PaymentDeclarationData(" BACS 7781 ")).status())
                .isEqualTo(InvoiceStatus.PAYMENT_DECLARED);

        TestAccounts.ensure(accounts, provisioning);
        TestAccounts.asRegistrar();
        var registrar = new SecurityContextImpl(SecurityContextHolder.getContext().getAuthentication());
        Callable<InvoiceSummary> confirm = () -> {
            SecurityContextHolder.setContext(registrar);
            return payments.confirmPayment(invoice.id(), null);
        };
        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = pool.submit(confirm);
            var second = pool.submit(confirm);
            assertThat(first.get().status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(second.get().status()).isEqualTo(InvoiceStatus.PAID);
        }

        var paid = payments.invoice(invoice.id());
        assertThat(paid.payerReference()).isEqualTo("BACS 7781");
        assertThat(paid.confirmedBy()).isEqualTo(TestAccounts.REGISTRAR);
        assertThat(events.stream(InvoicePaid.class).filter(event -> event.invoiceId() == invoice.id())).hasSize(1);
    }

    @Test
    void a_member_cannot_read_or_declare_on_another_members_invoice() {
        long payer = payer(TestAccounts.uniqueEmail("payer"));
        var invoice = payments.issue(payer, PaymentPurpose.EXAM_ENROLMENT, "test-enrolment-" + payer, "CCSP exam",
                new BigDecimal("350.00"));
        String intruder = TestAccounts.uniqueEmail("intruder");
        payer(intruder);
        TestAccounts.signInAs(intruder, Role.MEMBER);

        assertThatExceptionOfType(InvoiceNotFoundException.class).isThrownBy(() -> payments.invoice(invoice.id()));
        assertThatExceptionOfType(InvoiceNotFoundException.class)
                .isThrownBy(() -> payments.declarePayment(invoice.id(), new PaymentDeclarationData("stolen")));
    }

    private long payer(String email) {
        return provisioning.createAccount("Payer " + email.hashCode(), email, TestAccounts.PASSWORD, Role.MEMBER).id();
    }
}
