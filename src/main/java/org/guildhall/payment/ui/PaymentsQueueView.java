package org.guildhall.payment.ui;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.Role;
import org.guildhall.payment.InvoiceNotFoundException;
import org.guildhall.payment.PaymentQueue;
import org.guildhall.payment.PaymentService;
import org.guildhall.payment.UnpaidInvoiceSummary;
import org.guildhall.shell.FittingGrid;
import org.guildhall.shell.SearchField;
import org.guildhall.shell.Toast;

/**
 * The registrar's queue of unpaid invoices, oldest first: each with what the payer declared, confirmed once the
 * money shows in the institute's account. Confirming twice changes nothing.
 */
@Route("registrar/payments")
@PageTitle("payment.title.payments-queue")
@Menu(order = 43, icon = "vaadin:money-deposit", title = "payment.menu.payments-queue")
@RolesAllowed(Role.Names.REGISTRAR)
final class PaymentsQueueView extends VerticalLayout {

    PaymentsQueueView(PaymentService payments, PaymentQueue queue, Clock clock) {
        setId("payments");
        addClassName("gh-page");
        setSizeFull();
        var search = SearchField.matching("payments-search", getTranslation("payment.queue.search"));
        var grid = new Grid<UnpaidInvoiceSummary>();
        grid.setId("payments-grid");
        // Invoice, payer (with the member number beneath the name, so neither is cut short at 1280 px) and the
        // button fit a phone; the rest folds under a tapped row there.
        var fitting = FittingGrid.of(grid);
        grid.addColumn(UnpaidInvoiceSummary::reference).setHeader(getTranslation("payment.queue.invoice"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::payer).setHeader(getTranslation("payment.queue.payer")).setKey("payer")
                .setWidth("7.5rem").setFlexGrow(2);
        fitting.secondaryColumn(getTranslation("payment.queue.for"), UnpaidInvoiceSummary::description)
                .setWidth("10rem").setFlexGrow(2);
        fitting.secondaryColumn(getTranslation("payment.queue.amount"),
                invoice -> getTranslation("payment.money", invoice.amount())).setAutoWidth(true).setFlexGrow(0);
        fitting.secondaryColumn(getTranslation("payment.queue.issued"),
                invoice -> getTranslation("payment.date", invoice.issuedAt().atZone(clock.getZone()).toLocalDate()))
                .setAutoWidth(true).setFlexGrow(0);
        fitting.secondaryColumn(getTranslation("payment.queue.payer-reference"), invoice -> invoice.payerReference()
                == null ? getTranslation("payment.queue.not-declared") : invoice.payerReference())
                .setWidth("7rem").setFlexGrow(1);
        grid.addComponentColumn(invoice -> {
            var confirm = new Button(getTranslation("payment.queue.confirm"));
            confirm.setId("confirm-" + invoice.id());
            confirm.setAriaLabel(getTranslation("payment.queue.confirm.aria", invoice.reference()));
            confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            confirm.setDisableOnClick(true);
            confirm.addClickListener(event -> {
                try {
                    payments.confirmPayment(invoice.id(), null);
                    Toast.success(getTranslation("payment.queue.confirmed", invoice.reference()));
                } catch (InvoiceNotFoundException gone) {
                    Toast.error(gone);
                }
                grid.getDataProvider().refreshAll();
            });
            return confirm;
        }).setKey("confirm").setAutoWidth(true).setFlexGrow(0);
        grid.setItemsPageable(pageable -> queue.page(search.getValue(), pageable),
                pageable -> queue.count(search.getValue()));
        grid.setSizeFull();
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        add(new Paragraph(getTranslation("payment.queue.intro")), search, grid);
    }

    /** The payer's name with their member number (applicants have none yet) beneath it. */
    private Component payer(UnpaidInvoiceSummary invoice) {
        var payer = new Div(new Span(invoice.payerName()));
        if (invoice.payerMemberNumber() != null) {
            var number = new Span(invoice.payerMemberNumber());
            number.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            payer.add(number);
        }
        return payer;
    }
}
