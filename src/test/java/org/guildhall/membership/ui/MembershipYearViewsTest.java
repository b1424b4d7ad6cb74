package org.guildhall.membership.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.membership.CategoryChangeService;
import org.guildhall.membership.EligibilityAnswers;
import org.guildhall.membership.EmploymentSituation;
import org.guildhall.membership.MemberRegisterService;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipService;
import org.guildhall.membership.MembershipStanding;
import org.guildhall.membership.MembershipStatus;
import org.guildhall.membership.MembershipYearEntry;
import org.guildhall.membership.StudyMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16's screens: the member's own year with early renewal, and the registrar's reasoned decisions. */
@IntegrationTest
class MembershipYearViewsTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MembershipService memberships;
    @Autowired MembershipStanding standing;
    @Autowired MemberRegisterService register;
    @Autowired CategoryChangeService changes;
    @Autowired Clock clock;

    @BeforeEach
    void staff() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void a_member_sees_status_and_term_end_and_renewing_early_puts_the_invoice_to_pay_on_the_page() {
        var member = TestAccounts.member(provisioning, memberships, "Olu Bakare");
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        navigate(MyMembershipView.class);

        assertThat($(Span.class).id("membership-status").getText()).isEqualTo("Current");
        assertThat($(DescriptionList.Description.class).id("membership-term-end").getText()).isEqualTo("31 Dec 2026");
        assertThat($(Paragraph.class).withId("open-subscription").exists()).isFalse();

        test($(Button.class).id("renew-early")).click();

        assertThat($(Paragraph.class).id("open-subscription").getText()).contains("1 Jan 2027", "31 Dec 2027",
                "\u00a3180.00");
        assertThat($(Button.class).withId("renew-early").exists()).as("renewed already").isFalse();
    }

    @Test
    void the_registrar_must_give_a_reason_and_a_suspension_with_one_takes_effect() {
        var member = TestAccounts.member(provisioning, memberships, "Pia Lund");
        TestAccounts.asRegistrar();
        navigate(MembershipYearView.class);
        @SuppressWarnings("unchecked")
        Grid<MembershipYearEntry> grid = $(Grid.class).id("year-grid");
        var entry = grid.getLazyDataView().getItems().filter(row -> row.accountId() == member.id()).findFirst();
        grid.select(entry.orElseThrow());

        test($(Button.class).id("decision-suspend")).click();
        var reason = $(TextArea.class).id("decision-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("Give the reason");

        test(reason).setValue("Complaint under investigation");
        test($(Button.class).id("decision-suspend")).click();
        assertThat(standing.standingOf(member.id()).status()).isEqualTo(MembershipStatus.SUSPENDED);
    }

    @Test
    void an_extension_without_its_new_end_is_refused_on_that_field_and_the_reason_typed_stays() {
        var member = TestAccounts.member(provisioning, memberships, "Quentin Roy");
        TestAccounts.asRegistrar();
        navigate(MembershipYearView.class);
        select(member.id());

        test($(TextArea.class).id("decision-reason")).setValue("Long illness");
        test($(Button.class).id("decision-extend")).click();

        var newEnd = $(DatePicker.class).id("decision-new-end");
        assertThat(newEnd.isInvalid()).isTrue();
        assertThat(newEnd.getErrorMessage()).isEqualTo("Choose the new last day of the term.");
        assertThat($(TextArea.class).id("decision-reason").getValue()).isEqualTo("Long illness");
        assertThat($(TextArea.class).id("decision-reason").isInvalid()).isFalse();
    }

    @Test
    void the_fee_editor_shows_every_problem_on_its_field_keeps_what_was_typed_and_then_saves() {
        TestAccounts.signInAs(TestAccounts.ADMIN, Role.ADMIN);
        navigate(SubscriptionFeesView.class);
        @SuppressWarnings("unchecked")
        ComboBox<MembershipCategory> category = $(ComboBox.class).id("fee-category");
        test(category).selectItem(UI.getCurrent().getTranslation(MembershipCategory.STUDENT.key()));
        var from = LocalDate.now(clock).plusYears(7).plusDays(register.fees().size());
        test($(DatePicker.class).id("fee-from")).setValue(from);
        test($(BigDecimalField.class).id("fee-annual")).setValue(new BigDecimal("-5"));
        $(IntegerField.class).id("fee-months").clear();
        test($(BigDecimalField.class).id("fee-reinstatement")).setValue(BigDecimal.TEN);

        test($(Button.class).id("fee-save")).click();

        var annual = $(BigDecimalField.class).id("fee-annual");
        var months = $(IntegerField.class).id("fee-months");
        assertThat(annual.getErrorMessage()).isEqualTo("Fees cannot be negative.");
        assertThat(months.isInvalid()).isTrue();
        assertThat(months.getErrorMessage()).contains("1 to 36 months");
        assertThat(annual.getValue()).isEqualByComparingTo("-5");
        assertThat(category.getValue()).isEqualTo(MembershipCategory.STUDENT);
        assertThat(register.fees()).noneMatch(fee -> fee.effectiveFrom().equals(from));

        test(annual).setValue(new BigDecimal("45.00"));
        test(months).setValue(12);
        test($(Button.class).id("fee-save")).click();
        assertThat(register.fees()).filteredOn(fee -> fee.effectiveFrom().equals(from)).singleElement()
                .satisfies(fee -> assertThat(fee.termMonths()).isEqualTo(12));
    }

    @Test
    void in_french_a_missing_fee_is_refused_in_french_on_its_field() {
        TestAccounts.signInAs(TestAccounts.ADMIN, Role.ADMIN);
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate(SubscriptionFeesView.class);

        test($(Button.class).id("fee-save")).click();

        assertThat($(ComboBox.class).id("fee-category").getErrorMessage()).isEqualTo("Choisissez la catégorie.");
        assertThat($(BigDecimalField.class).id("fee-annual").getErrorMessage())
                .isEqualTo("Saisissez le montant (0 s’il n’y en a pas).");
    }

    @Test
    void a_category_change_rejected_without_a_reason_is_refused_on_the_reason_and_then_rejected_with_one() {
        var student = TestAccounts.account(provisioning, "Rhea Stone", Role.MEMBER);
        memberships.enrolExistingMember(student.id(), MembershipCategory.STUDENT, TestAccounts.MEMBER_SINCE);
        TestAccounts.signInAs(student.email(), Role.MEMBER);
        long id = changes.apply(MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL, new EligibilityAnswers(
                StudyMode.NOT_STUDYING, false, true, false, false, false, false, false,
                Set.of(EmploymentSituation.BPO_CALL_CENTRE)), List.of()).id();
        TestAccounts.asRegistrar();
        navigate(CategoryChangeQueueView.class);

        test($(TextArea.class).id("change-reason-" + id)).setValue("   ");
        test($(Button.class).id("change-reject-" + id)).click();

        var reason = $(TextArea.class).id("change-reason-" + id);
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give the member the reason for the rejection.");
        assertThat(reason.getValue()).isEqualTo("   ");

        test(reason).setValue("The degree certificate is missing.");
        test($(Button.class).id("change-reject-" + id)).click();
        assertThat(changes.waiting()).noneMatch(change -> change.id() == id);
    }

    private void select(long accountId) {
        @SuppressWarnings("unchecked")
        Grid<MembershipYearEntry> grid = $(Grid.class).id("year-grid");
        grid.select(grid.getLazyDataView().getItems().filter(row -> row.accountId() == accountId).findFirst()
                .orElseThrow());
    }
}
