package org.guildhall.membership.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.Role;
import org.guildhall.membership.MemberRegisterService;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipYearRefusedException;
import org.guildhall.membership.SubscriptionFeeSummary;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;

/**
 * The subscriptions per category, effective-dated: the admin sets a new fee, term or reinstatement fee from a day
 * on; every row stays listed with who set it, as the audit trail.
 */
@Route("admin/membership-fees")
@PageTitle("Membership subscriptions")
@Menu(order = 62, icon = "vaadin:coin-piles", title = "Subscriptions")
@RolesAllowed(Role.Names.ADMIN)
final class SubscriptionFeesView extends VerticalLayout {

    SubscriptionFeesView(MemberRegisterService register, Clock clock) {
        setId("subscription-fees");
        addClassName("gh-page");
        var grid = new Grid<SubscriptionFeeSummary>();
        grid.setId("fees-grid");
        grid.addColumn(fee -> fee.category().label()).setHeader("Category").setAutoWidth(true);
        grid.addColumn(fee -> Formats.date(fee.effectiveFrom())).setHeader("From").setAutoWidth(true);
        grid.addColumn(fee -> "\u00a3" + fee.annualFee()).setHeader("Subscription").setAutoWidth(true);
        grid.addColumn(SubscriptionFeeSummary::termMonths).setHeader("Months").setAutoWidth(true);
        grid.addColumn(fee -> "\u00a3" + fee.reinstatementFee()).setHeader("Reinstatement").setAutoWidth(true);
        grid.addColumn(fee -> fee.recordedBy() + ", " + Formats.date(fee.recordedAt(), clock.getZone()))
                .setHeader("Set by").setFlexGrow(1);
        grid.setItems(register.fees());
        grid.setAllRowsVisible(true);

        var category = new ComboBox<MembershipCategory>("Category");
        category.setId("fee-category");
        category.setItems(MembershipCategory.values());
        category.setItemLabelGenerator(MembershipCategory::label);
        var from = new DatePicker("From", LocalDate.now(clock).plusDays(1));
        from.setId("fee-from");
        var annual = new BigDecimalField("Subscription (\u00a3)");
        annual.setId("fee-annual");
        var months = new IntegerField("Term (months)");
        months.setId("fee-months");
        months.setValue(12);
        var reinstatement = new BigDecimalField("Reinstatement fee (\u00a3)");
        reinstatement.setId("fee-reinstatement");
        var save = new Button("Set from this day", event -> {
            if (category.isEmpty() || from.isEmpty() || annual.isEmpty() || months.isEmpty()
                    || reinstatement.isEmpty()) {
                Toast.error("Fill in every field: category, day, subscription, term and reinstatement fee.");
                return;
            }
            try {
                register.setFee(category.getValue(), from.getValue(), annual.getValue(), months.getValue(),
                        reinstatement.getValue());
                grid.setItems(register.fees());
                Toast.success("The new subscription for " + category.getValue().label() + " is set.");
            } catch (MembershipYearRefusedException refused) {
                from.setErrorMessage(refused.getMessage());
                from.setInvalid(true);
            }
        });
        save.setId("fee-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(category, from, annual, months, reinstatement, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new Paragraph("A change takes effect from the day you choose (today or later); invoices already issued "
                + "keep their fee, and every earlier row stays here as the record."), form, grid);
    }
}
