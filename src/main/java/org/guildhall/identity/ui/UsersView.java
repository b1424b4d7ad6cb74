package org.guildhall.identity.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.AccountAdministrationService;
import org.guildhall.identity.AccountDirectory;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.identity.RoleChangeEntry;
import org.guildhall.shell.FittingGrid;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;

/**
 * The admin's list of everyone with an account, searchable and loaded page by page, where the staff roles
 * Assessor, Registrar and Operator are granted and revoked and anyone can be signed out everywhere; the second
 * tab is the audit trail of the role changes.
 */
@Route("admin/users")
@PageTitle("identity.users.title")
@Menu(order = 90, icon = "vaadin:users", title = "identity.users.menu")
@RolesAllowed(Role.Names.ADMIN)
final class UsersView extends VerticalLayout {

    private final AccountAdministrationService administration;
    private final AccountDirectory directory;
    private final ZoneId zone;
    private final TextField search = new TextField();
    private final Grid<AccountSummary> people = new Grid<>();
    private final Grid<RoleChangeEntry> changes = new Grid<>();

    UsersView(AccountAdministrationService administration, AccountDirectory directory, Clock clock) {
        this.administration = administration;
        this.directory = directory;
        this.zone = clock.getZone();
        setId("users");
        addClassName("gh-page");
        setSizeFull();

        search.setId("user-search");
        search.setPlaceholder(getTranslation("identity.users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> people.getDataProvider().refreshAll());
        search.setWidthFull();
        search.setMaxWidth("28rem");

        configurePeople();
        configureChanges();
        var tabs = new TabSheet();
        tabs.setSizeFull();
        var peopleTab = new VerticalLayout(search, people);
        peopleTab.setSizeFull();
        peopleTab.setPadding(false);
        tabs.add(getTranslation("identity.users.people"), peopleTab);
        tabs.add(getTranslation("identity.users.role-changes"), changes);
        tabs.addSelectedChangeListener(event -> changes.getDataProvider().refreshAll());
        add(tabs);
    }

    private void configurePeople() {
        people.setId("user-grid");
        people.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // Name over email in one column, so the role toggles and the sign-out stay in view on a 1280 px screen.
        people.addColumn(LitRenderer.<AccountSummary>of("<div class='gh-person'><span>${item.name}</span>"
                        + "<span class='gh-person-email' title='${item.email}'>${item.email}</span></div>")
                        .withProperty("name", AccountSummary::fullName).withProperty("email", AccountSummary::email))
                .setHeader(getTranslation("identity.users.person")).setKey("person").setWidth("10rem").setFlexGrow(1);
        // On a phone the person and the sign-out stay; the roles, toggles and date fold under a tapped row.
        var fitting = FittingGrid.of(people);
        fitting.secondaryColumn(getTranslation("identity.users.roles"), account -> account.roles().stream()
                .map(role -> getTranslation(IdentityTexts.roleKey(role))).sorted()
                .collect(Collectors.joining(", "))).setAutoWidth(true);
        fitting.secondaryComponentColumn(getTranslation("shell.role.assessor"), account -> staffToggle(account, Role.ASSESSOR))
                .setKey("assessor").setAutoWidth(true).setFlexGrow(0);
        fitting.secondaryComponentColumn(getTranslation("shell.role.registrar"), account -> staffToggle(account, Role.REGISTRAR))
                .setKey("registrar").setAutoWidth(true).setFlexGrow(0);
        fitting.secondaryComponentColumn(getTranslation("shell.role.operator"), account -> staffToggle(account, Role.OPERATOR))
                .setKey("operator").setAutoWidth(true).setFlexGrow(0);
        fitting.secondaryColumn(getTranslation("identity.users.joined"), account -> Formats.date(account.createdAt(), zone)).setAutoWidth(true);
        people.addComponentColumn(this::signOutEverywhere).setHeader(getTranslation("identity.users.sessions")).setKey("sessions")
                .setAutoWidth(true).setFlexGrow(0);
        people.setItemsPageable(pageable -> directory.search(search.getValue(), pageable),
                pageable -> directory.countMatching(search.getValue()));
        people.setSizeFull();
    }

    private void configureChanges() {
        changes.setId("role-change-grid");
        changes.addColumn(change -> Formats.dateTime(change.changedAt(), zone)).setHeader(getTranslation("identity.users.when")).setAutoWidth(true);
        changes.addColumn(change -> change.accountName() + " <" + change.accountEmail() + ">").setHeader(getTranslation("identity.users.person"))
                .setAutoWidth(true).setFlexGrow(1);
        changes.addColumn(change -> getTranslation(change.granted() ? "identity.users.granted" : "identity.users.revoked",
                getTranslation(IdentityTexts.roleKey(change.role())))).setHeader(getTranslation("identity.users.change")).setAutoWidth(true);
        FittingGrid.of(changes).secondaryColumn(getTranslation("identity.users.by"), RoleChangeEntry::changedBy).setAutoWidth(true);
        changes.setItemsPageable(directory::roleChanges, pageable -> directory.countRoleChanges());
        changes.setSizeFull();
    }

    /** For a lost laptop or a password someone else has seen: the person is signed out on every device. */
    private Button signOutEverywhere(AccountSummary account) {
        var button = new Button(VaadinIcon.SIGN_OUT.create(), event -> {
            administration.signOutEverywhere(account.id());
            Toast.success(getTranslation("identity.users.signed-out", account.fullName()));
        });
        button.setId("sign-out-" + account.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation("identity.users.sign-out.label", account.fullName()));
        button.setTooltipText(getTranslation("identity.users.sign-out"));
        return button;
    }

    private Checkbox staffToggle(AccountSummary account, Role role) {
        var toggle = new Checkbox(account.has(role));
        toggle.setId(role.name().toLowerCase() + "-" + account.id());
        toggle.setAriaLabel(getTranslation("identity.users.role-for", getTranslation(IdentityTexts.roleKey(role)),
                account.fullName()));
        toggle.addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            if (event.getValue()) {
                administration.grantStaffRole(account.id(), role);
            } else {
                administration.revokeStaffRole(account.id(), role);
            }
            people.getDataProvider().refreshAll();
            Toast.success(getTranslation(event.getValue() ? "identity.users.granted-for" : "identity.users.revoked-for",
                    getTranslation(IdentityTexts.roleKey(role)), account.fullName()));
        });
        return toggle;
    }
}
