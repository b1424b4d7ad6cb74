package org.guildhall.membership.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.membership.MembershipService;
import org.guildhall.membership.MembershipStanding;
import org.guildhall.membership.MembershipStatus;
import org.guildhall.membership.MembershipYearEntry;
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
}
