package org.guildhall.settings.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.settings.Setting;
import org.guildhall.settings.SettingChange;
import org.guildhall.settings.SettingSummary;
import org.guildhall.settings.SettingsAdministration;
import org.guildhall.settings.SettingsRefusedException;
import org.guildhall.shell.Formats;
import org.guildhall.shell.Toast;
import org.jspecify.annotations.Nullable;

/**
 * Every number the institute tunes, grouped by module: its value today and the next change already scheduled. An
 * admin changes one from a day on with a reason; anyone who may look reads each setting's history.
 */
@Route("admin/settings")
@PageTitle("settings.title.settings")
@Menu(order = 63, icon = "vaadin:sliders", title = "settings.menu.settings")
@RolesAllowed({Role.Names.ADMIN, Role.Names.REGISTRAR})
final class SettingsView extends VerticalLayout {

    private final SettingsAdministration administration;
    private final Clock clock;
    private final boolean mayChange;
    private final VerticalLayout groups = new VerticalLayout();

    SettingsView(SettingsAdministration administration, AccountService accounts, Clock clock) {
        this.administration = administration;
        this.clock = clock;
        this.mayChange = accounts.currentAccount().has(Role.ADMIN);
        setId("settings");
        addClassName("gh-page");
        groups.setPadding(false);
        add(new H2(getTranslation("settings.title.settings")));
        add(new Paragraph(getTranslation(mayChange ? "settings.view.intro" : "settings.view.intro-read-only")));
        if (mayChange) {
            // Rules with several numbers per row keep their own screens, effective-dated or copied when used.
            var fees = new Anchor("admin/membership-fees", getTranslation("settings.view.fees-link"));
            fees.setId("settings-fees-link");
            var designations = new Anchor("designations", getTranslation("settings.view.designations-link"));
            designations.setId("settings-designations-link");
            add(new Paragraph(new Span(getTranslation("settings.view.fees") + " "), fees),
                    new Paragraph(new Span(getTranslation("settings.view.designations") + " "), designations));
        }
        add(groups);
        show();
    }

    private void show() {
        groups.removeAll();
        var byGroup = administration.overview().stream().collect(Collectors.groupingBy(SettingSummary::groupTitleKey,
                LinkedHashMap::new, Collectors.toList()));
        byGroup.forEach((titleKey, settings) -> {
            var heading = new H2(getTranslation(titleKey));
            groups.add(heading, grid(titleKey, settings));
        });
    }

    private Grid<SettingSummary> grid(String titleKey, List<SettingSummary> settings) {
        var grid = new Grid<SettingSummary>();
        // One grid per module: "settings-assessment", "settings-cpd".
        grid.setId("settings-" + titleKey.substring(0, titleKey.indexOf('.')));
        grid.addComponentColumn(row -> {
            var name = new VerticalLayout(new Span(getTranslation(row.setting().labelKey())),
                    small(getTranslation(row.setting().helpKey())));
            name.setPadding(false);
            name.setSpacing(false);
            return name;
        }).setHeader(getTranslation("settings.view.setting")).setFlexGrow(3);
        grid.addColumn(row -> amount(row.setting(), row.valueToday()))
                .setHeader(getTranslation("settings.view.today")).setAutoWidth(true);
        grid.addColumn(row -> row.nextFrom() == null ? getTranslation("settings.view.no-change")
                : getTranslation("settings.view.next-value", amount(row.setting(), row.nextValue()), row.nextFrom()))
                .setHeader(getTranslation("settings.view.next")).setAutoWidth(true);
        if (mayChange) {
            grid.addComponentColumn(row -> {
                var change = new Button(getTranslation("settings.view.change"), click -> openChange(row));
                change.setId("change-" + idOf(row.setting()));
                return change;
            }).setKey("change").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addComponentColumn(row -> {
            var history = new Button(getTranslation("settings.view.history"), click -> openHistory(row.setting()));
            history.setId("history-" + idOf(row.setting()));
            history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return history;
        }).setKey("history").setAutoWidth(true).setFlexGrow(0);
        // The help under each setting's name is a sentence: wrapped, never cut off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(settings);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String idOf(Setting setting) {
        return setting.key().replace('.', '-');
    }

    private void openChange(SettingSummary row) {
        var label = getTranslation(row.setting().labelKey());
        var dialog = new Dialog(getTranslation("settings.change.heading", label));
        dialog.setId("setting-change-dialog");
        var form = new SettingChangeForm(row, LocalDate.now(clock));
        var save = new Button(getTranslation("settings.change.save"), click -> form.value().ifPresent(data -> {
            try {
                var change = administration.change(data);
                dialog.close();
                show();
                Toast.success(getTranslation("settings.change.saved", label,
                        amount(row.setting(), change.value()), change.effectiveFrom()));
            } catch (SettingsRefusedException refused) {
                form.show(refused);
            }
        }));
        save.setId("setting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("settings.change.cancel"), click -> dialog.close());
        cancel.setId("setting-cancel");
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void openHistory(Setting setting) {
        var dialog = new Dialog(getTranslation("settings.history.heading", getTranslation(setting.labelKey())));
        dialog.setId("setting-history-dialog");
        dialog.setWidth("min(60rem, 95vw)");
        var changes = administration.history(setting.key());
        if (changes.isEmpty()) {
            var none = new Paragraph(getTranslation("settings.history.none",
                    amount(setting, setting.defaultValue())));
            none.setId("setting-history-none");
            dialog.add(none);
        } else {
            var grid = new Grid<SettingChange>();
            grid.setId("setting-history");
            grid.addColumn(change -> Formats.date(change.effectiveFrom()))
                    .setHeader(getTranslation("settings.history.from")).setAutoWidth(true);
            grid.addColumn(change -> getTranslation("settings.history.old-new",
                    amount(setting, change.previousValue()), amount(setting, change.value())))
                    .setHeader(getTranslation("settings.history.change")).setAutoWidth(true);
            grid.addColumn(SettingChange::recordedBy).setHeader(getTranslation("settings.history.who"))
                    .setAutoWidth(true);
            grid.addColumn(change -> Formats.dateTime(change.recordedAt(), clock.getZone()))
                    .setHeader(getTranslation("settings.history.when")).setAutoWidth(true);
            grid.addColumn(SettingChange::reason).setHeader(getTranslation("settings.history.why")).setFlexGrow(1);
            grid.setItems(changes);
            grid.setAllRowsVisible(true);
            dialog.add(grid);
        }
        var close = new Button(getTranslation("settings.history.close"), click -> dialog.close());
        close.setId("setting-history-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    /** A value with its unit as the reader writes it ("21 days", "10 %", "3"). */
    private String amount(Setting setting, @Nullable BigDecimal value) {
        return value == null ? "" : (Formats.number(value) + " " + getTranslation(setting.unit().key())).strip();
    }

    private static Span small(String text) {
        var span = new Span(text);
        span.addClassName("gh-hint");
        return span;
    }
}
