package org.guildhall.identity.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.identity.RoleChangeEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 2: admins find people in a searchable list and grant or revoke Assessor and Registrar, on the record. */
@IntegrationTest
@WithUserDetails(value = TestAccounts.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(accounts);
    }

    @Test
    void searching_narrows_the_list_and_ticking_assessor_grants_the_role_on_the_record() {
        String email = TestAccounts.uniqueEmail("daniel.whitfield");
        accounts.register("Daniel Whitfield", email, TestAccounts.PASSWORD);
        navigate(UsersView.class);

        test($(TextField.class).id("user-search")).setValue(email);
        Grid<AccountSummary> grid = $(Grid.class).id("user-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).email()).isEqualTo(email);

        var assessorToggle = (Checkbox) test(grid).getCellComponent(0, "assessor");
        assertThat(assessorToggle.getValue()).isFalse();
        test(assessorToggle).click();

        assertThat(accounts.findByEmail(email).orElseThrow().roles()).contains(Role.ASSESSOR);
        RoleChangeEntry latest = accounts.roleChanges(Pageable.ofSize(1)).getFirst();
        assertThat(latest.accountEmail()).isEqualTo(email);
        assertThat(latest.granted()).isTrue();
        assertThat(latest.changedBy()).isEqualTo(TestAccounts.ADMIN);
    }

    @Test
    void ticking_operator_grants_the_role_that_reads_the_metrics() {
        String email = TestAccounts.uniqueEmail("olu.operator");
        accounts.register("Olu Operator", email, TestAccounts.PASSWORD);
        navigate(UsersView.class);

        test($(TextField.class).id("user-search")).setValue(email);
        Grid<AccountSummary> grid = $(Grid.class).id("user-grid");
        test((Checkbox) test(grid).getCellComponent(0, "operator")).click();

        assertThat(accounts.findByEmail(email).orElseThrow().roles()).contains(Role.OPERATOR);
        assertThat(accounts.roleChanges(Pageable.ofSize(1)).getFirst().role()).isEqualTo(Role.OPERATOR);
    }
}
