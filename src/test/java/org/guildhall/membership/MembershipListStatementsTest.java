package org.guildhall.membership;

import java.util.EnumSet;
import java.util.List;
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
import org.guildhall.membership.RegistrarLists.QueueFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

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
        // The headcount (at most a minute old, forgotten when an account or a role changes here) is the exact count.
        assertThat(members).isPositive().isEqualTo(accounts.countWithRole(Role.MEMBER, ""));
        assertThat(lists.countRegister(Role.APPLICANT, "")).isEqualTo(accounts.countWithRole(Role.APPLICANT, ""));

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

    /** Issue 15: searches match from an index (the start of a name, surname, email or number) and refuse no text. */
    @Test
    void the_register_finds_a_member_by_surname_prefix_email_and_number_and_refuses_no_text() {
        String surname = TestAccounts.uniqueSurname("Quill");
        var member = TestAccounts.member(provisioning, memberships, "Jane " + surname);
        String number = memberships.membershipOf(member.id()).orElseThrow().memberNumber();
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);

        for (String typed : List.of(surname.substring(0, 9).toLowerCase(), "Jane " + surname.substring(0, 7),
                member.email(), member.email().substring(0, 12), number, number.toLowerCase())) {
            assertThat(lists.register(Role.MEMBER, typed, Pageable.ofSize(50))).as(typed)
                    .anySatisfy(entry -> assertThat(entry.accountId()).isEqualTo(member.id()));
            assertThat(lists.countRegister(Role.MEMBER, typed)).as(typed).isPositive();
        }
        for (String typed : List.of("%", "_", "!", "'", "\\", "a%b", "  ", "Jane ")) {
            assertThat(lists.register(Role.MEMBER, typed, Pageable.ofSize(50))).as(typed).isNotNull();
            assertThat(lists.countRegister(Role.MEMBER, typed)).as(typed).isNotNegative();
        }
        // Wildcards are matched as themselves, not as "anyone".
        assertThat(lists.countRegister(Role.MEMBER, "%")).isZero();
        assertThat(lists.countRegister(Role.MEMBER, "_")).isZero();
    }

    @Test
    void the_application_queue_finds_an_applicant_by_surname_prefix_and_email_and_refuses_no_text() {
        String surname = TestAccounts.uniqueSurname("Brightwater");
        var applicant = accounts.register("Ada " + surname, TestAccounts.uniqueEmail("ada"), TestAccounts.PASSWORD)
                .orElseThrow();
        submit(applicant.email());
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);

        for (String typed : List.of(surname.substring(0, 13).toLowerCase(), "ada " + surname.substring(0, 4),
                applicant.email(), applicant.email().substring(0, 6))) {
            var filter = new QueueFilter(EnumSet.allOf(ApplicationStatus.class), null, 0, typed);
            assertThat(lists.applications(filter, Pageable.ofSize(50))).as(typed)
                    .anySatisfy(row -> assertThat(row.applicantName()).isEqualTo("Ada " + surname));
            assertThat(lists.countApplications(filter)).as(typed).isPositive();
        }
        for (String typed : List.of("%", "_", "!", "'", "\\", "a%b", "  ", "Jane ", "1234")) {
            var filter = new QueueFilter(EnumSet.allOf(ApplicationStatus.class), null, 0, typed);
            assertThat(lists.applications(filter, Pageable.ofSize(50))).as(typed).isNotNull();
            assertThat(lists.countApplications(filter)).as(typed).isNotNegative();
        }
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
