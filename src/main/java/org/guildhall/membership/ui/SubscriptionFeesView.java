package org.guildhall.membership.ui;

import java.time.Clock;
import java.time.LocalDate;

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
import org.guildhall.membership.MemberRegisterService;
import org.guildhall.membership.MembershipYearRefusedException;
import org.guildhall.membership.SubscriptionFeeSummary;
import org.guildhall.shell.Toast;

/**
 * The subscriptions per category, effective-dated: the admin sets a new fee, term or reinstatement fee from a day
 * on; every row stays listed with who set it, as the audit trail.
 */
@Route("admin/membership-fees")
@PageTitle("membership.title.subscription-fees")
@Menu(order = 62, icon = "vaadin:coin-piles", title = "membership.menu.subscription-fees")
@RolesAllowed(Role.Names.ADMIN)
final class SubscriptionFeesView extends VerticalLayout {

    SubscriptionFeesView(MemberRegisterService register, Clock clock) {
        setId("subscription-fees");
        addClassName("gh-page");
        var grid = new Grid<SubscriptionFeeSummary>();
        grid.setId("fees-grid");
        grid.addColumn(fee -> getTranslation(fee.category().key()))
                .setHeader(getTranslation("membership.year-view.category")).setAutoWidth(true);
        grid.addColumn(fee -> getTranslation("membership.date", fee.effectiveFrom()))
                .setHeader(getTranslation("membership.terms.from")).setAutoWidth(true);
        grid.addColumn(fee -> getTranslation("membership.money", fee.annualFee()))
                .setHeader(getTranslation("membership.terms.subscription")).setAutoWidth(true);
        grid.addColumn(SubscriptionFeeSummary::termMonths).setHeader(getTranslation("membership.fees.months"))
                .setAutoWidth(true);
        grid.addColumn(fee -> getTranslation("membership.money", fee.reinstatementFee()))
                .setHeader(getTranslation("membership.fees.reinstatement")).setAutoWidth(true);
        grid.addColumn(fee -> getTranslation("membership.fees.set-by-value", fee.recordedBy(),
                fee.recordedAt().atZone(clock.getZone()).toLocalDate()))
                .setHeader(getTranslation("membership.fees.set-by")).setFlexGrow(1);
        grid.setItems(register.fees());
        grid.setAllRowsVisible(true);

        var form = new SubscriptionFeeForm(LocalDate.now(clock));
        var save = new Button(getTranslation("membership.fees.save"), event -> form.value().ifPresent(fee -> {
            try {
                register.setFee(fee);
                grid.setItems(register.fees());
                Toast.success(getTranslation("membership.fees.saved", getTranslation(fee.category().key())));
            } catch (MembershipYearRefusedException refused) {
                form.show(refused);
            }
        }));
        save.setId("fee-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("membership.fees.intro")), form, save, grid);
    }
}
