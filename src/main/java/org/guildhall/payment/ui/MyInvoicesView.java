package org.guildhall.payment.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.Role;
import org.guildhall.payment.InvoiceNotFoundException;
import org.guildhall.payment.InvoiceStatus;
import org.guildhall.payment.InvoiceSummary;
import org.guildhall.payment.PaymentDeclarationRefusedException;
import org.guildhall.payment.PaymentService;
import org.guildhall.shell.Toast;

/**
 * The payer's invoices: what each fee is for, how to pay it (a bank transfer quoting the invoice's reference), and
 * a form to tell the registrar the reference of the payment made.
 */
@Route("invoices")
@PageTitle("payment.title.my-invoices")
@Menu(order = 24, icon = "vaadin:invoice", title = "payment.menu.my-invoices")
@RolesAllowed(Role.Names.MEMBER)
final class MyInvoicesView extends VerticalLayout {

    private final PaymentService payments;
    private final Clock clock;
    private final Div invoices = new Div();

    MyInvoicesView(PaymentService payments, Clock clock) {
        this.payments = payments;
        this.clock = clock;
        setId("my-invoices");
        addClassName("gh-page");
        invoices.addClassName("gh-cards");
        var howToPay = new Paragraph(getTranslation("payment.invoices.how-to-pay",
                payments.bankTransferDetails()));
        howToPay.setId("how-to-pay");
        add(howToPay, invoices);
        render();
    }

    private void render() {
        invoices.removeAll();
        var mine = payments.myInvoices();
        if (mine.isEmpty()) {
            invoices.add(new Paragraph(getTranslation("payment.invoices.none")));
        }
        mine.forEach(invoice -> invoices.add(card(invoice)));
    }

    private Div card(InvoiceSummary invoice) {
        var status = new Span(getTranslation(invoice.status().key()));
        status.setId("invoice-status-" + invoice.id());
        status.addClassNames("gh-badge", invoice.isPaid() ? "gh-badge-yes" : "gh-badge-no");
        var facts = new DescriptionList();
        facts.addClassName("gh-facts");
        fact(facts, "payment.invoices.amount", getTranslation("payment.invoices.amount.value",
                getTranslation("payment.money", invoice.amount()), invoice.currency()));
        fact(facts, "payment.invoices.reference", invoice.reference());
        fact(facts, "payment.invoices.issued", getTranslation("payment.date",
                invoice.issuedAt().atZone(clock.getZone()).toLocalDate()));
        if (invoice.payerReference() != null) {
            fact(facts, "payment.invoices.payer-reference", invoice.payerReference());
        }
        if (invoice.paidAt() != null) {
            fact(facts, "payment.invoices.paid", getTranslation("payment.date",
                    invoice.paidAt().atZone(clock.getZone()).toLocalDate()));
        }
        var card = new Div(new H2(getTranslation(invoice.purpose().key())), status, new Paragraph(invoice.description()), facts);
        card.setId("invoice-" + invoice.id());
        card.addClassName("gh-card");
        if (invoice.status() == InvoiceStatus.ISSUED) {
            card.add(declareForm(invoice));
        }
        return card;
    }

    private HorizontalLayout declareForm(InvoiceSummary invoice) {
        var declaration = new PaymentDeclarationForm(invoice.id());
        var declare = new Button(getTranslation("payment.declaration.declare"));
        declare.setId("declare-" + invoice.id());
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        declare.addClickListener(event -> declaration.value().ifPresent(typed -> {
            try {
                payments.declarePayment(invoice.id(), typed);
                Toast.success(getTranslation("payment.declaration.thanks"));
                render();
            } catch (PaymentDeclarationRefusedException refused) {
                declaration.show(refused);
            } catch (InvoiceNotFoundException notYours) {
                Toast.error(notYours);
                render();
            }
        }));
        var form = new HorizontalLayout(declaration, declare);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private void fact(DescriptionList list, String termKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
    }
}
