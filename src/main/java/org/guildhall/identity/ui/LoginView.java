package org.guildhall.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.guildhall.identity.domain.LoginThrottlePolicy;
import org.guildhall.shell.DatabaseOutage;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in with email and password. After a failed attempt it says whether the password was wrong, the account is
 * locked for a while after too many failures, or the portal could not reach its database to check.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Guildhall")
@AnonymousAllowed
public final class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final AuthenticationContext authenticationContext;
    private final LoginThrottlePolicy throttlePolicy;

    LoginView(AuthenticationContext authenticationContext, LoginThrottlePolicy throttlePolicy) {
        this.authenticationContext = authenticationContext;
        this.throttlePolicy = throttlePolicy;
        addClassName("gh-auth-page");
        form.setId("login-form");
        form.setAction("login");
        form.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        form.setI18n(i18n("Incorrect email or password", "Check your email address and password and try again."));
        notice.setId("login-notice");
        notice.addClassName("gh-notice");
        notice.setVisible(false);

        var register = new Paragraph("New to the institute? ");
        register.add(new Anchor("register", "Create an applicant account"));
        var card = new Div(AuthPage.brandHeader(), notice, form, register);
        card.addClassName("gh-auth-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("registered")) {
            notice.setText("Your account is ready. Sign in with your email and password.");
            notice.setVisible(true);
        }
        if (parameters.containsKey("reset")) {
            notice.setText("Your new password is saved. Sign in with it.");
            notice.setVisible(true);
        }
        if (parameters.containsKey("unavailable")) {
            form.setI18n(i18n("Try again in a moment", DatabaseOutage.MESSAGE));
            form.setError(true);
        }
        if (parameters.containsKey("error")) {
            if (lastFailure() instanceof LockedException) {
                form.setI18n(i18n("Account locked for now",
                        "Too many failed sign-ins. For your protection this account is locked for "
                                + throttlePolicy.lockDuration().toMinutes() + " minutes; try again after that."));
            }
            form.setError(true);
        }
    }

    private static Object lastFailure() {
        var session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static LoginI18n i18n(String errorTitle, String errorMessage) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    /** The branded heading shared by the sign-in and registration pages. */
    static final class AuthPage {
        private AuthPage() {
        }

        static Div brandHeader() {
            var mark = new Image("images/guildhall-mark.svg", "");
            mark.addClassName("gh-auth-mark");
            var title = new H1("Guildhall");
            var subtitle = new Paragraph("Member and certification portal of the Institute of Customer Service, "
                    + "CRM & Contact Centre Management");
            var header = new Div(mark, title, subtitle);
            header.addClassName("gh-auth-header");
            return header;
        }
    }
}
