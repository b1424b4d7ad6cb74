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
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.Role;
import org.guildhall.membership.MemberRegisterService;
import org.guildhall.membership.MemberRegisterService.RegisterFilter;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipDecisionData;
import org.guildhall.membership.MembershipStatus;
import org.guildhall.membership.MembershipYearRefusedException;
import org.guildhall.membership.MembershipYearEntry;
import org.guildhall.shell.Toast;
import org.guildhall.shell.Translated;

/**
 * The registrar's register of the membership year: status and term end per member, filtered by status and
 * category, who is in renewal and who lapsed this month; and the decisions with their reasons (resignation,
 * suspension, expulsion, a waived or extended term), each kept in the member's history.
 */
@Route("registrar/membership-year")
@PageTitle("membership.title.membership-year")
@Menu(order = 49, icon = "vaadin:calendar-user", title = "membership.menu.membership-year")
@RolesAllowed(Role.Names.REGISTRAR)
final class MembershipYearView extends VerticalLayout {

    private final MemberRegisterService register;
    private final ZoneId zone;
    private final MultiSelectComboBox<MembershipStatus> statuses = new MultiSelectComboBox<>();
    private final ComboBox<MembershipCategory> category = new ComboBox<>();
    private final Checkbox thisMonth = new Checkbox();
    private final Grid<MembershipYearEntry> grid = new Grid<>();
    private final Div decision = new Div();

    MembershipYearView(MemberRegisterService register, Clock clock) {
        this.register = register;
        this.zone = clock.getZone();
        setId("membership-year");
        addClassName("gh-page");
        setSizeFull();

        statuses.setLabel(getTranslation("membership.year-view.status"));
        category.setLabel(getTranslation("membership.year-view.category"));
        thisMonth.setLabel(getTranslation("membership.year-view.this-month"));
        statuses.setId("year-status");
        statuses.setItems(MembershipStatus.values());
        statuses.setItemLabelGenerator(status -> getTranslation(status.key()));
        category.setId("year-category");
        category.setItems(MembershipCategory.values());
        category.setItemLabelGenerator(choice -> getTranslation(choice.key()));
        category.setClearButtonVisible(true);
        thisMonth.setId("year-this-month");
        var inRenewal = new Button(getTranslation("membership.year-view.in-renewal"), event -> preset(Set.of(MembershipStatus.RENEWAL_DUE,
                MembershipStatus.GRACE), false));
        inRenewal.setId("year-in-renewal");
        var lapsedThisMonth = new Button(getTranslation("membership.year-view.lapsed-this-month"), event -> preset(Set.of(MembershipStatus.LAPSED), true));
        lapsedThisMonth.setId("year-lapsed-this-month");
        var filters = new HorizontalLayout(statuses, category, thisMonth, inRenewal, lapsedThisMonth);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("year-grid");
        grid.addColumn(MembershipYearEntry::memberNumber).setHeader(getTranslation("membership.year-view.number"))
                .setAutoWidth(true);
        grid.addColumn(MembershipYearEntry::fullName).setHeader(getTranslation("membership.year-view.name"))
                .setFlexGrow(1);
        grid.addColumn(entry -> getTranslation(entry.category().key()))
                .setHeader(getTranslation("membership.year-view.category")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation(entry.status().key()))
                .setHeader(getTranslation("membership.year-view.status")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("membership.date", entry.paidUntil()))
                .setHeader(getTranslation("membership.year-view.term-end")).setAutoWidth(true);
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
        var form = new MembershipDecisionForm();
        var buttons = new HorizontalLayout(
                button("membership.year-view.resign", "decision-resign", form, why -> register.recordResignation(
                        member.accountId(), why.reason())),
                button("membership.year-view.suspend", "decision-suspend", form, why -> register.suspend(member.accountId(), why.reason())),
                button("membership.year-view.lift", "decision-lift", form, why -> register.liftSuspension(member.accountId(),
                        why.reason())),
                button("membership.year-view.expel", "decision-expel", form, why -> register.expel(member.accountId(), why.reason())),
                button("membership.year-view.waive", "decision-waive", form, why -> register.waive(member.accountId(),
                        why.reason())),
                button("membership.year-view.extend", "decision-extend", form,
                        data -> register.extend(member.accountId(), data.newEnd(), data.reason())));
        buttons.setWrap(true);
        var history = new UnorderedList();
        history.setId("decision-history");
        register.history(member.accountId()).forEach(entry -> history.add(new ListItem(getTranslation(
                "membership.year-view.history-entry", getTranslation(entry.action()), entry.reason(), entry.takenBy(),
                entry.takenAt().atZone(zone)))));
        var card = new Div(new H3(member.fullName() + " (" + member.memberNumber() + ")"),
                new Paragraph(getTranslation("membership.year-view.standing", getTranslation(year.status().key()),
                        Translated.text(year.reason()))), form, buttons,
                new H3(getTranslation("membership.year-view.history")), history);
        card.addClassName("gh-card");
        card.setId("decision-card");
        decision.add(card);
    }

    private Button button(String labelKey, String id, MembershipDecisionForm form,
            Consumer<MembershipDecisionData> step) {
        String label = getTranslation(labelKey);
        var button = new Button(label, event -> form.value().ifPresent(data -> {
            try {
                step.accept(data);
                Toast.success(getTranslation("membership.year-view.done", label));
                grid.getDataProvider().refreshAll();
                decision.removeAll();
            } catch (MembershipYearRefusedException refused) {
                form.show(refused);
            }
        }));
        button.setId(id);
        if (id.equals("decision-expel") || id.equals("decision-suspend")) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }
}
