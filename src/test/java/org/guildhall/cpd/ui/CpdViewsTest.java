package org.guildhall.cpd.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.Route;
import org.guildhall.cpd.AutomaticCredit;
import org.guildhall.cpd.AutomaticCredits;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The CPD views as a member uses them: the rule under the category, refusals on screen, others' ids hidden. */
@IntegrationTest
class CpdViewsTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired CertificationAwards awards;
    @Autowired CpdService cpd;
    @Autowired AutomaticCredits credits;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    @WithUserDetails(value = TestAccounts.MEMBER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_form_states_the_categorys_rule_and_shows_every_refusal_on_its_field_keeping_what_was_typed() {
        long member = accounts.findByEmail(TestAccounts.MEMBER).orElseThrow().id();
        int before = rowsFor(member);
        navigate("cpd/activity/new", CpdActivityEditor.class);

        Select<CpdCategory> category = $(Select.class).id("activity-category");
        test(category).selectItem("Instruction / Teaching");
        assertThat($(Paragraph.class).id("category-rule").getText())
                .isEqualTo("Instruction / Teaching: 1 credit per hour of presentation time; a presentation or course "
                        + "counts again only when delivered to a different audience; at most 20 credits per cycle.");
        test($(Select.class).id("activity-type")).selectItem("Course, workshop, public seminar or conference session");
        test($(TextField.class).id("activity-title-field")).setValue("Handling escalations");
        var yesterday = LocalDate.now(clock).minusDays(1);
        $(DatePicker.class).id("activity-starts").setValue(yesterday);
        $(BigDecimalField.class).id("activity-hours").setValue(new BigDecimal("30"));
        test($(Button.class).id("save-draft")).click();

        assertThat(error("activity-provider")).isEqualTo("Enter who provided or published it.");
        assertThat(error("activity-audience")).startsWith("Say who you delivered it to");
        assertThat(error("activity-hours")).isEqualTo("A day has 24 hours: enter at most 24 for a one-day activity.");
        assertThat(error("activity-title-field")).isNull();
        assertThat($(TextField.class).id("activity-title-field").getValue()).isEqualTo("Handling escalations");
        assertThat($(DatePicker.class).id("activity-ends").getValue()).isEqualTo(yesterday);
        assertThat($(BigDecimalField.class).id("activity-hours").getValue()).isEqualByComparingTo("30");
        assertThat(rowsFor(member)).isEqualTo(before);
    }

    @Test
    void hours_no_column_can_hold_are_refused_on_the_hours_field_and_valid_hours_are_saved() {
        var member = TestAccounts.account(provisioning, "Ines Duarte", org.guildhall.identity.Role.MEMBER);
        awards.award(member.id(), "CCCP", Route.EXAM, LocalDate.now(clock).minusYears(1));
        TestAccounts.signInAs(member);
        int before = rowsFor(member.id());
        navigate("cpd/activity/new", CpdActivityEditor.class);
        test($(Select.class).id("activity-category")).selectItem("On the Job Experience");
        test($(Select.class).id("activity-type")).selectItem("Developing a Customer Experience Framework");
        test($(TextField.class).id("activity-title-field")).setValue("Loyalty programme rollout");
        test($(TextField.class).id("activity-provider")).setValue("Northwind Telecom");
        $(DatePicker.class).id("activity-starts").setValue(LocalDate.now(clock).minusDays(300));
        $(DatePicker.class).id("activity-ends").setValue(LocalDate.now(clock).minusDays(1));
        $(BigDecimalField.class).id("activity-hours").setValue(new BigDecimal("12000"));
        test($(Button.class).id("save-draft")).click();

        assertThat(error("activity-hours")).startsWith("One activity can claim at most 1000 hours.");
        assertThat(rowsFor(member.id())).isEqualTo(before);

        $(BigDecimalField.class).id("activity-hours").setValue(new BigDecimal("120.5"));
        test($(Button.class).id("save-draft")).click();
        assertThat(rowsFor(member.id())).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails(value = TestAccounts.MEMBER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void another_members_activity_reads_as_not_found() {
        var other = provisioning.createAccount("Tariq Aziz", TestAccounts.uniqueEmail("cpd"), TestAccounts.PASSWORD,
                org.guildhall.identity.Role.MEMBER);
        awards.award(other.id(), "CCSP", Route.EXAM, LocalDate.now(clock).minusYears(1));
        long theirs = credits.record(new AutomaticCredit(other.id(), "view-test:" + other.id(),
                CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", "Their workshop", "Guildhall Events",
                LocalDate.now(clock).minusDays(3), new BigDecimal("2"), null)).activityId();

        navigate("cpd/activity/" + theirs, CpdActivityEditor.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Activity not found");
    }

    @Test
    @WithUserDetails(value = TestAccounts.MEMBER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_member_without_a_certification_is_told_there_is_no_cycle_to_count_toward() {
        navigate(MyCpdView.class);
        assertThat($(Paragraph.class).all()).anySatisfy(paragraph ->
                assertThat(paragraph.getText()).contains("no CPD cycle to count toward"));
    }

    @Test
    @WithUserDetails(value = TestAccounts.MEMBER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_french_reader_sees_the_form_its_rule_and_its_refusals_in_french() {
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate("cpd/activity/new", CpdActivityEditor.class);

        test($(Select.class).id("activity-category")).selectItem("Enseignement / Formation dispensée");
        assertThat($(Paragraph.class).id("category-rule").getText()).isEqualTo("Enseignement / Formation dispensée : "
                + "1 crédit par heure de présentation ; une présentation ou un cours ne compte à nouveau que s\u2019il "
                + "est donné à un public différent ; au plus 20 crédits par cycle.");
        assertThat($(BigDecimalField.class).id("activity-hours").getLabel()).isEqualTo("Heures de présentation");
        $(DatePicker.class).id("activity-starts").setValue(LocalDate.now(clock).minusDays(1));
        $(BigDecimalField.class).id("activity-hours").setValue(new BigDecimal("30"));
        test($(Button.class).id("save-draft")).click();

        assertThat(error("activity-provider")).isEqualTo("Indiquez qui l\u2019a proposée ou publiée.");
        assertThat(error("activity-hours"))
                .isEqualTo("Une journée compte 24 heures : saisissez au plus 24 pour une activité d\u2019un jour.");
    }

    @Test
    @WithUserDetails(value = TestAccounts.MEMBER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void in_french_the_page_is_named_mon_dpc_as_its_menu_entry_is() {
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate(MyCpdView.class);

        // DPC (développement professionnel continu) is masculine: "Mon DPC", never "Ma DPC".
        assertThat($(H2.class).first().getText()).isEqualTo("Mon DPC");
    }

    @Test
    @WithUserDetails(value = TestAccounts.MEMBER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void dates_are_read_day_first_the_format_is_shown_and_an_unreadable_date_is_explained() {
        navigate("cpd/activity/new", CpdActivityEditor.class);
        DatePicker firstDay = $(DatePicker.class).id("activity-starts");

        String format = firstDay.getI18n().getDateFormats().getFirst();
        assertThat(java.time.LocalDate.parse("07/11/2026", java.time.format.DateTimeFormatter.ofPattern(format)))
                .isEqualTo(LocalDate.of(2026, 11, 7));
        assertThat(firstDay.getLocale()).isEqualTo(java.util.Locale.UK);
        assertThat(firstDay.getPlaceholder()).isEqualTo("DD/MM/YYYY");
        assertThat(firstDay.getI18n().getBadInputErrorMessage())
                .isEqualTo("Enter the date as DD/MM/YYYY, e.g. 07/11/2026.");
    }

    private String error(String fieldId) {
        var field = $(com.vaadin.flow.component.Component.class).id(fieldId);
        var validated = (com.vaadin.flow.component.HasValidation) field;
        return validated.isInvalid() ? validated.getErrorMessage() : null;
    }

    private int rowsFor(long accountId) {
        return jdbc.queryForObject("select count(*) from cpd_activity where account_id = ?", Integer.class, accountId);
    }
}
