package org.guildhall.identity.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.servlet.Filter;
import org.guildhall.FormSignIn;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountDirectory;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.identity.RoleChangeEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Issue 2: admins find people in a searchable list and grant or revoke Assessor and Registrar, on the record.
 * Issue 11: and sign someone out everywhere.
 */
@IntegrationTest
@WithUserDetails(value = TestAccounts.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired AccountDirectory directory;
    @Autowired WebApplicationContext context;
    @Autowired @Qualifier("springSecurityFilterChain") Filter securityFilters;
    @Autowired AccountProvisioning provisioning;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(accounts, provisioning);
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
        RoleChangeEntry latest = directory.roleChanges(Pageable.ofSize(1)).getFirst();
        assertThat(latest.accountEmail()).isEqualTo(email);
        assertThat(latest.granted()).isTrue();
        assertThat(latest.changedBy()).isEqualTo(TestAccounts.ADMIN);
    }

    @Test
    void sign_out_everywhere_ends_the_persons_open_sessions() throws Exception {
        var person = provisioning.createAccount("Lou Lostlaptop", TestAccounts.uniqueEmail("lou"), TestAccounts.PASSWORD,
                Role.MEMBER);
        // The real filter chain without the test's own signed-in admin, so the session speaks for itself.
        var http = MockMvcBuilders.webAppContextSetup(context).addFilters(securityFilters).build();
        var admin = SecurityContextHolder.getContext();
        var laptop = FormSignIn.signIn(http, person.email());
        SecurityContextHolder.setContext(admin);
        navigate(UsersView.class);

        test($(TextField.class).id("user-search")).setValue(person.email());
        Grid<AccountSummary> grid = $(Grid.class).id("user-grid");
        test((Button) test(grid).getCellComponent(0, "sessions")).click();

        http.perform(get("/documents/00000000-0000-4000-8000-000000000000").session(laptop))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void ticking_operator_grants_the_role_that_reads_the_metrics() {
        String email = TestAccounts.uniqueEmail("olu.operator");
        provisioning.createAccount("Olu Operator", email, TestAccounts.PASSWORD, Role.MEMBER);
        navigate(UsersView.class);

        test($(TextField.class).id("user-search")).setValue(email);
        Grid<AccountSummary> grid = $(Grid.class).id("user-grid");
        test((Checkbox) test(grid).getCellComponent(0, "operator")).click();

        assertThat(accounts.findByEmail(email).orElseThrow().roles()).contains(Role.OPERATOR);
        assertThat(directory.roleChanges(Pageable.ofSize(1)).getFirst().role()).isEqualTo(Role.OPERATOR);
    }
}
