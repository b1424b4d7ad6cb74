package org.guildhall.payment.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
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
import org.guildhall.shell.Formats;
import org.guildhall.shell.SearchField;
import org.guildhall.shell.Toast;

/**
 * The registrar's queue of unpaid invoices, oldest first: each with what the payer declared, confirmed once the
 * money shows in the institute's account. Confirming twice changes nothing.
 */
@Route("registrar/payments")
@PageTitle("Payments to confirm")
@Menu(order = 43, icon = "vaadin:money-deposit", title = "Payments")
@RolesAllowed(Role.Names.REGISTRAR)
final class PaymentsQueueView extends VerticalLayout {

    PaymentsQueueView(PaymentService payments, PaymentQueue queue, Clock clock) {
        setId("payments");
        addClassName("gh-page");
        setSizeFull();
        var search = SearchField.matching("payments-search", "Invoice, name, email or member number");
        var grid = new Grid<UnpaidInvoiceSummary>();
        grid.setId("payments-grid");
        // Invoice, payer and the button fit a phone; the rest folds under a tapped row there.
        var fitting = FittingGrid.of(grid);
        grid.addColumn(UnpaidInvoiceSummary::reference).setHeader("Invoice").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(UnpaidInvoiceSummary::payerName).setHeader("Payer").setWidth("5rem").setFlexGrow(1);
        fitting.secondaryColumn("Member number",
                invoice -> invoice.payerMemberNumber() == null ? "" : invoice.payerMemberNumber())
                .setKey("member-number").setAutoWidth(true).setFlexGrow(0);
        fitting.secondaryColumn("For", UnpaidInvoiceSummary::description).setFlexGrow(2);
        fitting.secondaryColumn("Amount", invoice -> "\u00a3" + invoice.amount()).setAutoWidth(true)
                .setFlexGrow(0);
        fitting.secondaryColumn("Issued", invoice -> Formats.date(invoice.issuedAt(), clock.getZone()))
                .setAutoWidth(true).setFlexGrow(0);
        fitting.secondaryColumn("Payer's reference", invoice -> invoice.payerReference() == null
                ? "Not declared yet" : invoice.payerReference()).setFlexGrow(1);
        grid.addComponentColumn(invoice -> {
            var confirm = new Button("Confirm paid");
            confirm.setId("confirm-" + invoice.id());
            confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            confirm.setDisableOnClick(true);
            confirm.addClickListener(event -> {
                try {
                    payments.confirmPayment(invoice.id(), null);
                    Toast.success(invoice.reference() + " is confirmed as paid.");
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
        add(new Paragraph("Check each payment against the institute's bank statement before confirming it; a "
                + "confirmed exam fee lets the candidate book a sitting at once."), search, grid);
    }
}
