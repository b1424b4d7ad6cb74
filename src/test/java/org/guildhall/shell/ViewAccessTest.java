package org.guildhall.shell;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.identity.ui.LoginView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Each role sees, and may open, only its own views; the server refuses the rest (issue 2, items 4 and 5). */
@IntegrationTest
class ViewAccessTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    @WithUserDetails(value = TestAccounts.MEMBER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_member_typing_the_registrars_address_is_refused() {
        navigate("registrar/register", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("This page is not open to you");
    }

    @Test
    @WithUserDetails(value = TestAccounts.REGISTRAR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_registrar_is_refused_the_admins_user_management() {
        navigate("admin/users", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithUserDetails(value = TestAccounts.MEMBER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_members_menu_lists_only_what_a_member_may_open() {
        navigate(HomeView.class);
        assertThat(menuTitles()).containsExactly("Home", "Inbox", "My certifications", "My CPD", "My route",
                "My exams", "My portfolio", "Events", "My points", "My membership", "My invoices", "My calendar",
                "Sponsor requests", "Designations", "Conflicts of interest", "Appeals", "Your data");
    }

    @Test
    @WithUserDetails(value = TestAccounts.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_admins_menu_includes_the_register_and_user_management() {
        navigate(HomeView.class);
        assertThat(menuTitles()).containsExactly("Home", "Inbox", "Events", "Designations", "CPD compliance",
                "Register report", "Assessment report", "Certification report", "Events report", "Payments report",
                "Register", "Subscriptions", "Settings", "Users and roles", "Failed emails", "Your data", "Retention");
    }

    @Test
    @WithUserDetails(value = TestAccounts.MEMBER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_members_home_page_shows_the_member_panels_and_no_staff_panels() {
        navigate(HomeView.class);
        assertThat($(H2.class).id("home-greeting").getText()).isEqualTo("Welcome, Vera");
        assertThat(panelIds()).contains("panel-designations", "panel-inbox", "panel-account")
                .doesNotContain("panel-register", "panel-roles", "panel-categories");
    }

    @Test
    @WithUserDetails(value = TestAccounts.REGISTRAR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_registrars_home_page_shows_the_size_of_the_register() {
        navigate(HomeView.class);
        assertThat(panelIds()).contains("panel-register").doesNotContain("panel-designations", "panel-roles");
        assertThat($(Span.class).id("register-members").getText())
                .isEqualTo(String.valueOf(accounts.countWithRole(Role.MEMBER, "")));
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_sent_to_sign_in() {
        navigate("", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    private List<String> menuTitles() {
        return $(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }

    private List<String> panelIds() {
        return $(Div.class).withClassName("gh-card").all().stream()
                .map(card -> card.getId().orElse("")).toList();
    }
}
