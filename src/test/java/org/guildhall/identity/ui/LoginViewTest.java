package org.guildhall.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.guildhall.IntegrationTest;
import org.guildhall.shell.DatabaseOutage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.authentication.ui.DefaultLoginPageGeneratingFilter;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** Issue 12: a sign-in the database could not check is not reported as a wrong password. */
@IntegrationTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    @Autowired FilterChainProxy securityFilters;

    @Test
    void a_sign_in_without_the_database_says_the_portal_cannot_reach_it() {
        signInPageAfter("unavailable");

        var form = $(LoginForm.class).id("login-form");
        assertThat(form.isError()).isTrue();
        assertThat(errorShown(form)).contains("Try again in a moment").contains(DatabaseOutage.MESSAGE)
                .doesNotContain("Incorrect email or password");
    }

    @Test
    void a_wrong_password_still_says_so() {
        signInPageAfter("error");

        assertThat(errorShown($(LoginForm.class).id("login-form"))).contains("Incorrect email or password")
                .doesNotContain(DatabaseOutage.MESSAGE);
    }

    @Test
    void the_sign_in_failure_handler_leaves_the_portals_own_sign_in_page_in_place() {
        var filters = securityFilters.getFilterChains().stream().flatMap(chain -> chain.getFilters().stream());
        assertThat(filters).noneMatch(DefaultLoginPageGeneratingFilter.class::isInstance);
    }

    /** The sign-in page as the failure handler redirects to it, {@code /login?error} or {@code /login?unavailable}. */
    private void signInPageAfter(String failure) {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of(failure, "")));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    /** The form's texts as the browser receives them (its i18n property). */
    private static String errorShown(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
