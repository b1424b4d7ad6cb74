package org.guildhall.membership;

import java.util.Set;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.TestAccounts;
import org.guildhall.ViewStatementsTest;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: the registrar's application queue and the register cost the same statements at 1 and 50 rows. */
class MembershipListStatementsTest extends ViewStatementsTest {

    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MembershipService memberships;
    @Autowired RegistrarLists lists;

    @BeforeEach
    void staff() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void the_application_queue() {
        submitApplications(1);
        signIn(TestAccounts.REGISTRAR);
        var few = open("registrar/applications", "queue-grid");
        submitApplications(49);
        signIn(TestAccounts.REGISTRAR);
        var many = open("registrar/applications", "queue-grid");
        assertThat(rowsOf("queue-grid")).isGreaterThanOrEqualTo(50);
        assertThat(test($(Grid.class).id("queue-grid")).getCellText(0, 0)).isNotBlank();
        report("Registrar applications", few, many);
        assertConstant("Registrar applications", few, many, 6);
    }

    @Test
    void the_register() {
        TestAccounts.member(provisioning, memberships, "Register Member");
        signIn(TestAccounts.REGISTRAR);
        var few = open("registrar/register", "register-grid");
        for (int i = 0; i < 49; i++) {
            TestAccounts.member(provisioning, memberships, "Register Member");
        }
        signIn(TestAccounts.REGISTRAR);
        var many = open("registrar/register", "register-grid");
        assertThat(rowsOf("register-grid")).isGreaterThanOrEqualTo(50);
        report("Register", few, many);
        assertConstant("Register", few, many, 6);
    }

    @Test
    void the_register_shows_member_numbers_and_finds_a_member_by_number() {
        var member = TestAccounts.member(provisioning, memberships, "Numbered Member");
        String number = memberships.membershipOf(member.id()).orElseThrow().memberNumber();
        signIn(TestAccounts.REGISTRAR);
        open("registrar/register", "register-grid");

        test($(TextField.class).id("register-search")).setValue(number.toLowerCase());

        var grid = test($(Grid.class).id("register-grid"));
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, grid.getColumnPosition("member-number"))).isEqualTo(number);
    }

    @Test
    void the_register_counts_everyone_holding_the_role_before_a_search_as_the_search_would() {
        TestAccounts.member(provisioning, memberships, "Counted Member");
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);

        long members = lists.countRegister(Role.MEMBER, " ");
        // Every email holds "@": the search's own count, over the same people.
        assertThat(members).isPositive().isEqualTo(lists.countRegister(Role.MEMBER, "@"));
        assertThat(lists.countRegister(Role.APPLICANT, "")).isEqualTo(lists.countRegister(Role.APPLICANT, "@"));

        TestAccounts.member(provisioning, memberships, "Counted Member");
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);
        assertThat(lists.countRegister(Role.MEMBER, "")).isEqualTo(members + 1);
    }

    @Test
    void the_application_queue_finds_an_applicant_by_name_or_email() {
        submitApplications(1);
        var applicant = accounts.register("Zofia Wysocka", TestAccounts.uniqueEmail("zofia"), TestAccounts.PASSWORD)
                .orElseThrow();
        submit(applicant.email());
        signIn(TestAccounts.REGISTRAR);
        open("registrar/applications", "queue-grid");

        test($(TextField.class).id("queue-search")).setValue("wysocka");
        var grid = test($(Grid.class).id("queue-grid"));
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Zofia Wysocka");

        test($(TextField.class).id("queue-search")).setValue(applicant.email().toUpperCase());
        assertThat(grid.size()).isEqualTo(1);
    }

    private void submitApplications(int count) {
        for (int i = 0; i < count; i++) {
            submit(accounts.register("Queue Applicant", TestAccounts.uniqueEmail("queue"), TestAccounts.PASSWORD)
                    .orElseThrow().email());
        }
    }

    private void submit(String applicantEmail) {
        TestAccounts.signInAs(applicantEmail, Role.APPLICANT);
        memberships.saveDraft(new EligibilityAnswers(StudyMode.NOT_STUDYING, false, true, false, false, false,
                false, false, Set.of(EmploymentSituation.CLIENT_SERVICE_PROFESSIONAL)),
                MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL);
        memberships.submit();
    }
}
