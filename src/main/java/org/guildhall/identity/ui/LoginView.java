package org.guildhall.identity.ui;

import java.time.Duration;

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
import org.guildhall.identity.internal.SignInRefusedException;
import org.guildhall.shell.DatabaseOutage;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in with email and password. A failed attempt gets one answer whatever the cause (unknown email, wrong
 * password, account pausing after many wrong passwords); only a limit reached by the client, and a database the
 * portal could not reach to check, are named.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Guildhall")
@AnonymousAllowed
public final class LoginView extends Main implements BeforeEnterObserver {

    static final String FAILED_TITLE = "Incorrect email or password";

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final AuthenticationContext authenticationContext;
    private final LoginThrottlePolicy accountThrottle;

    LoginView(AuthenticationContext authenticationContext, LoginThrottlePolicy accountThrottle) {
        this.authenticationContext = authenticationContext;
        this.accountThrottle = accountThrottle;
        addClassName("gh-auth-page");
        form.setId("login-form");
        form.setAction("login");
        form.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        form.setI18n(i18n(FAILED_TITLE, failedMessage()));
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
            notice.setText(RegistrationView.CHECK_YOUR_EMAIL);
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
            // Only a refusal about the client has its own words; a wrong password and a paused account read the
            // same, so the form never tells whether an account exists or is under attack.
            if (lastFailure() instanceof SignInRefusedException refused) {
                form.setI18n(i18n("Please wait a moment", refused.getMessage()));
            }
            form.setError(true);
        }
    }

    /** The same words for a wrong password, an unknown email and an account pausing after many wrong passwords. */
    private String failedMessage() {
        return "Check your email address and password and try again. After several wrong passwords, sign-in to an "
                + "account pauses for a while (at most " + inWords(accountThrottle.longestPause())
                + "); a password reset ends the pause.";
    }

    private static String inWords(Duration pause) {
        return pause.toMinutes() >= 1 ? pause.toMinutes() + (pause.toMinutes() == 1 ? " minute" : " minutes")
                : pause.toSeconds() + " seconds";
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
