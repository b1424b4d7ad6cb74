package org.guildhall.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.assessment.AssessmentSettings;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.membership.MembershipSettings;
import org.guildhall.privacy.RetentionSettings;
import org.guildhall.settings.Setting;
import org.guildhall.settings.SettingSummary;
import org.guildhall.settings.Settings;
import org.guildhall.settings.SettingsAdministration;
import org.guildhall.shell.AccessDeniedView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18's settings screen: an admin changes a setting from a day on in a dialog whose refusals sit on their
 * fields with what was typed kept, and reads its history; a registrar reads but cannot change; a member cannot open
 * it. Changes are dated decades ahead so the shared database's other tests keep the values of today.
 */
@IntegrationTest
class SettingsViewTest extends SpringBrowserlessTest {


    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired SettingsAdministration administration;
    @Autowired Settings settings;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void an_admin_sees_every_problem_on_its_field_keeps_what_was_typed_then_saves_and_reads_the_history() {
        TestAccounts.signInAs(TestAccounts.ADMIN, Role.ADMIN);
        navigate(SettingsView.class);
        test(spreadButton("change")).click();

        assertThat($(TextField.class).id("setting-name").getValue()).isEqualTo("Disagreement spread");
        var value = $(BigDecimalField.class).id("setting-value");
        var from = $(DatePicker.class).id("setting-from");
        var reason = $(TextArea.class).id("setting-reason");
        test(value).setValue(new BigDecimal("7"));
        from.clear();
        test(reason).setValue("   ");
        test($(Button.class).id("setting-save")).click();

        assertThat(value.getErrorMessage()).isEqualTo("Enter a value from 1 to 4.");
        assertThat(from.getErrorMessage()).isEqualTo("Enter the day the new value takes effect.");
        assertThat(reason.getErrorMessage()).startsWith("Say why the value changes");
        assertThat(value.getValue()).isEqualByComparingTo("7");
        assertThat($(Button.class).withId("setting-save").exists()).as("the dialog stays open").isTrue();

        var day = LocalDate.now(clock).plusYears(45)
                .plusDays(jdbc.queryForObject("select count(*) from setting_value", Integer.class));
        test(value).setValue(new BigDecimal("3"));
        test(from).setValue(day);
        test(reason).setValue("Moderators asked for fewer false alarms");
        test($(Button.class).id("setting-save")).click();

        assertThat($(Button.class).withId("setting-save").exists()).as("the dialog closed").isFalse();
        assertThat(settings.intOn(AssessmentSettings.DISAGREEMENT_SPREAD, day)).isEqualTo(3);
        assertThat(settings.intOn(AssessmentSettings.DISAGREEMENT_SPREAD, day.minusDays(1))).isEqualTo(2);

        test(spreadButton("history")).click();
        @SuppressWarnings("unchecked")
        Grid<org.guildhall.settings.SettingChange> history = $(Grid.class).id("setting-history");
        assertThat(test(history).getCellText(0, 0)).isEqualTo(
                java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).format(day));
        assertThat(test(history).getCellText(0, 1)).isEqualTo("2 → 3");
        assertThat(test(history).getCellText(0, 2)).isEqualTo(TestAccounts.ADMIN);
        assertThat(test(history).getCellText(0, 4)).isEqualTo("Moderators asked for fewer false alarms");
    }

    @Test
    void a_registrar_reads_the_settings_and_their_history_but_has_no_change_button() {
        TestAccounts.asRegistrar();
        navigate(SettingsView.class);

        assertThat($(H2.class).first().getText()).as("the page says what it is").isEqualTo("Settings");
        assertThat(grid().getThemeNames()).as("each setting's help is wrapped, not cut off")
                .contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
        assertThat(spreadButton("history").getText()).isEqualTo("History");
        assertThat(grid().getColumnByKey("change")).as("no change column").isNull();
        assertThat($(Anchor.class).withId("settings-fees-link").exists()).as("fees are the admin's").isFalse();
    }

    @Test
    void in_french_a_missing_reason_is_refused_in_french_on_its_field() {
        TestAccounts.signInAs(TestAccounts.ADMIN, Role.ADMIN);
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate(SettingsView.class);
        test(spreadButton("change")).click();

        assertThat($(TextField.class).id("setting-name").getValue()).isEqualTo("Écart de désaccord");
        test($(Button.class).id("setting-save")).click();

        assertThat($(TextArea.class).id("setting-reason").getErrorMessage())
                .startsWith("Dites pourquoi la valeur change");
    }

    @Test
    void the_membership_year_and_the_retention_periods_are_listed_in_french_with_today_s_values() {
        TestAccounts.asRegistrar();
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate(SettingsView.class);

        assertThat($(H2.class).first().getText()).isEqualTo("Paramètres");
        assertThat(valueToday("settings-membership", MembershipSettings.GRACE_DAYS)).isEqualTo("30 jours");
        assertThat(valueToday("settings-privacy", RetentionSettings.REJECTED_APPLICATIONS)).isEqualTo("24 mois");
    }

    @Test
    void a_member_is_refused_the_settings_screen() {
        TestAccounts.signInAs(TestAccounts.MEMBER, Role.MEMBER);
        navigate("admin/settings", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    /** The button in the disagreement spread's row of the assessment settings. */
    private Button spreadButton(String column) {
        var grid = grid();
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).setting().equals(AssessmentSettings.DISAGREEMENT_SPREAD)) {
                return (Button) test(grid).getCellComponent(row, column);
            }
        }
        throw new AssertionError("No disagreement spread row");
    }

    /** The value today in the row of {@code setting} of the grid {@code gridId}. */
    @SuppressWarnings("unchecked")
    private String valueToday(String gridId, Setting setting) {
        Grid<SettingSummary> grid = $(Grid.class).id(gridId);
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).setting().equals(setting)) {
                return test(grid).getCellText(row, 1);
            }
        }
        throw new AssertionError("No row of " + setting.key());
    }

    @SuppressWarnings("unchecked")
    private Grid<SettingSummary> grid() {
        return $(Grid.class).id("settings-assessment");
    }
}
