package org.guildhall.membership.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.Role;
import org.guildhall.membership.MemberRegisterService;
import org.guildhall.membership.MemberRegisterService.RegisterFilter;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipStatus;
import org.guildhall.membership.MembershipYearRefusedException;
import org.guildhall.membership.MembershipYearEntry;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;

/**
 * The registrar's register of the membership year: status and term end per member, filtered by status and
 * category, who is in renewal and who lapsed this month; and the decisions with their reasons (resignation,
 * suspension, expulsion, a waived or extended term), each kept in the member's history.
 */
@Route("registrar/membership-year")
@PageTitle("Membership year")
@Menu(order = 49, icon = "vaadin:calendar-user", title = "Membership year")
@RolesAllowed(Role.Names.REGISTRAR)
final class MembershipYearView extends VerticalLayout {

    private final MemberRegisterService register;
    private final ZoneId zone;
    private final MultiSelectComboBox<MembershipStatus> statuses = new MultiSelectComboBox<>("Status");
    private final ComboBox<MembershipCategory> category = new ComboBox<>("Category");
    private final Checkbox thisMonth = new Checkbox("Status changed this month");
    private final Grid<MembershipYearEntry> grid = new Grid<>();
    private final Div decision = new Div();

    MembershipYearView(MemberRegisterService register, Clock clock) {
        this.register = register;
        this.zone = clock.getZone();
        setId("membership-year");
        addClassName("gh-page");
        setSizeFull();

        statuses.setId("year-status");
        statuses.setItems(MembershipStatus.values());
        statuses.setItemLabelGenerator(MembershipStatus::label);
        category.setId("year-category");
        category.setItems(MembershipCategory.values());
        category.setItemLabelGenerator(MembershipCategory::label);
        category.setClearButtonVisible(true);
        thisMonth.setId("year-this-month");
        var inRenewal = new Button("In renewal", event -> preset(Set.of(MembershipStatus.RENEWAL_DUE,
                MembershipStatus.GRACE), false));
        inRenewal.setId("year-in-renewal");
        var lapsedThisMonth = new Button("Lapsed this month", event -> preset(Set.of(MembershipStatus.LAPSED), true));
        lapsedThisMonth.setId("year-lapsed-this-month");
        var filters = new HorizontalLayout(statuses, category, thisMonth, inRenewal, lapsedThisMonth);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("year-grid");
        grid.addColumn(MembershipYearEntry::memberNumber).setHeader("Number").setAutoWidth(true);
        grid.addColumn(MembershipYearEntry::fullName).setHeader("Name").setFlexGrow(1);
        grid.addColumn(entry -> entry.category().label()).setHeader("Category").setAutoWidth(true);
        grid.addColumn(entry -> entry.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(entry -> entry.paidUntil() == null ? "" : Formats.date(entry.paidUntil()))
                .setHeader("Term end").setAutoWidth(true);
        grid.setItemsPageable(pageable -> register.register(filter(), pageable),
                pageable -> register.countRegister(filter()));
        grid.addSelectionListener(event -> event.getFirstSelectedItem().ifPresentOrElse(this::decide,
                decision::removeAll));
        grid.setSizeFull();
        statuses.addValueChangeListener(event -> refresh());
        category.addValueChangeListener(event -> refresh());
        thisMonth.addValueChangeListener(event -> refresh());

        add(filters, grid, decision);
    }

    private void preset(Set<MembershipStatus> chosen, boolean changedThisMonth) {
        statuses.setValue(chosen);
        thisMonth.setValue(changedThisMonth);
    }

    private RegisterFilter filter() {
        return new RegisterFilter(statuses.getValue(), category.getValue(), thisMonth.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        decision.removeAll();
    }

    private void decide(MembershipYearEntry member) {
        decision.removeAll();
        var year = register.subscriptionOf(member.accountId());
        var reason = new TextArea("Reason");
        reason.setId("decision-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setHelperText("Kept in the member's history with your name.");
        var newEnd = new DatePicker("Extend the term to");
        newEnd.setId("decision-new-end");
        var buttons = new HorizontalLayout(
                button("Record resignation", "decision-resign", reason, why -> register.recordResignation(
                        member.accountId(), why)),
                button("Suspend", "decision-suspend", reason, why -> register.suspend(member.accountId(), why)),
                button("Lift suspension", "decision-lift", reason, why -> register.liftSuspension(member.accountId(),
                        why)),
                button("Expel", "decision-expel", reason, why -> register.expel(member.accountId(), why)),
                button("Waive subscription", "decision-waive", reason, why -> register.waive(member.accountId(),
                        why)),
                button("Extend", "decision-extend", reason, why -> {
                    if (newEnd.getValue() == null) {
                        throw new MembershipYearRefusedException("Choose the new last day of the term.");
                    }
                    register.extend(member.accountId(), newEnd.getValue(), why);
                }));
        buttons.setWrap(true);
        var history = new UnorderedList();
        history.setId("decision-history");
        register.history(member.accountId()).forEach(entry -> history.add(new ListItem(entry.action() + ": "
                + entry.reason() + " (" + entry.takenBy() + ", " + Formats.date(entry.takenAt(), zone)
                + ")")));
        var card = new Div(new H3(member.fullName() + " (" + member.memberNumber() + ")"),
                new Paragraph(year.status().label() + ". " + year.reason()), reason, newEnd, buttons,
                new H3("History"), history);
        card.addClassName("gh-card");
        card.setId("decision-card");
        decision.add(card);
    }

    private Button button(String label, String id, TextArea reason, Consumer<String> step) {
        var button = new Button(label, event -> {
            try {
                step.accept(reason.getValue());
                Toast.success(label + ": done.");
                grid.getDataProvider().refreshAll();
                decision.removeAll();
            } catch (MembershipYearRefusedException refused) {
                reason.setErrorMessage(refused.getMessage());
                reason.setInvalid(true);
            }
        });
        button.setId(id);
        if (id.equals("decision-expel") || id.equals("decision-suspend")) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }
}
