package org.guildhall.payment.ui;

import java.math.BigDecimal;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.payment.InvoiceStatus;
import org.guildhall.payment.InvoiceSummary;
import org.guildhall.payment.UnpaidInvoiceSummary;
import org.guildhall.payment.PaymentPurpose;
import org.guildhall.payment.PaymentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 4's payment step on screen: the payer declares their transfer, the registrar confirms it from the queue. */
@IntegrationTest
class PaymentViewsTest extends SpringBrowserlessTest {

    @Autowired PaymentService payments;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;

    @Test
    void a_member_declares_a_transfer_with_its_reference_and_the_registrar_confirms_it() {
        var payer = provisioning.createAccount("Rosa Ferreira", TestAccounts.uniqueEmail("rosa"), TestAccounts.PASSWORD,
                Role.MEMBER);
        var invoice = payments.issue(payer.id(), PaymentPurpose.EXAM_ENROLMENT, "view-test-" + payer.id(),
                "Exam enrolment: Certified CRM Professional (CRMP)", new BigDecimal("350.00"));
        TestAccounts.signInAs(payer.email(), Role.MEMBER);
        navigate(MyInvoicesView.class);
        assertThat($(Paragraph.class).id("how-to-pay").getText()).contains("sort code 20-00-00");

        test($(TextField.class).id("payer-reference-" + invoice.id())).setValue("   ");
        test($(Button.class).id("declare-" + invoice.id())).click();
        var reference = $(TextField.class).id("payer-reference-" + invoice.id());
        assertThat(reference.isInvalid()).as("a reference is needed, on its field").isTrue();
        assertThat(reference.getErrorMessage()).contains("reference of your payment");
        assertThat(reference.getValue()).as("what was typed stays").isEqualTo("   ");
        assertThat($(Span.class).id("invoice-status-" + invoice.id()).getText())
                .isEqualTo(InvoiceStatus.ISSUED.label());
        test($(TextField.class).id("payer-reference-" + invoice.id())).setValue("BACS 20461 RFERREIRA");
        test($(Button.class).id("declare-" + invoice.id())).click();
        assertThat($(Span.class).id("invoice-status-" + invoice.id()).getText())
                .isEqualTo(InvoiceStatus.PAYMENT_DECLARED.label());

        TestAccounts.ensure(accounts, provisioning);
        TestAccounts.asRegistrar();
        navigate(PaymentsQueueView.class);
        test($(TextField.class).id("payments-search")).setValue(invoice.reference());
        @SuppressWarnings("unchecked")
        Grid<UnpaidInvoiceSummary> queue = $(Grid.class).id("payments-grid");
        assertThat(test(queue).size()).isEqualTo(1);
        test((Button) test(queue).getCellComponent(0, "confirm")).click();

        var paid = payments.invoice(invoice.id());
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.payerReference()).isEqualTo("BACS 20461 RFERREIRA");
    }


    @Test
    void in_french_a_blank_declaration_is_refused_on_its_field_and_the_registrars_queue_reads_in_french() {
        var payer = provisioning.createAccount("Hélène Dubois", TestAccounts.uniqueEmail("helene"),
                TestAccounts.PASSWORD, Role.MEMBER);
        var invoice = payments.issue(payer.id(), PaymentPurpose.EVENT_REGISTRATION, "view-test-fr-" + payer.id(),
                "Event fee: Forum", new BigDecimal("1245.50"));
        TestAccounts.signInAs(payer.email(), Role.MEMBER);
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate(MyInvoicesView.class);
        assertThat($(Span.class).id("invoice-status-" + invoice.id()).getText()).isEqualTo("En attente de paiement");
        assertThat($(Button.class).id("declare-" + invoice.id()).getText()).isEqualTo("J’ai payé");

        test($(Button.class).id("declare-" + invoice.id())).click();
        var reference = $(TextField.class).id("payer-reference-" + invoice.id());
        assertThat(reference.isInvalid()).isTrue();
        assertThat(reference.getErrorMessage())
                .isEqualTo("Saisissez la référence de votre paiement, telle que votre banque l’indique.");

        TestAccounts.ensure(accounts, provisioning);
        TestAccounts.asRegistrar();
        navigate(PaymentsQueueView.class);
        test($(TextField.class).id("payments-search")).setValue(invoice.reference());
        @SuppressWarnings("unchecked")
        Grid<UnpaidInvoiceSummary> queue = $(Grid.class).id("payments-grid");
        assertThat(queue.getColumnByKey("payer").getHeaderText()).isEqualTo("Payeur");
        assertThat(test(queue).getCellText(0, 3)).as("the amount, written the French way").startsWith("1")
                .endsWith("245,50 £");
        assertThat(((Button) test(queue).getCellComponent(0, "confirm")).getText()).isEqualTo("Confirmer");
    }
}
