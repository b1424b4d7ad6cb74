package org.guildhall.identity.ui;

import java.time.Duration;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

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
import org.guildhall.shell.LanguageSelect;
import org.guildhall.shell.Translated;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in with email and password. A failed attempt gets one answer whatever the cause (unknown email, wrong
 * password, account pausing after many wrong passwords); only a limit reached by the client, and a database the
 * portal could not reach to check, are named.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("identity.login.title")
@AnonymousAllowed
public final class LoginView extends Main implements BeforeEnterObserver {

    static final String FAILED_TITLE = "identity.login.failed";

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
        form.setI18n(i18n(getTranslation(FAILED_TITLE), failedMessage()));
        notice.setId("login-notice");
        notice.addClassName("gh-notice");
        notice.setVisible(false);

        var register = new Paragraph(getTranslation("identity.login.new") + " ");
        register.add(new Anchor("register", getTranslation("identity.login.register")));
        var card = new Div(AuthPage.languageSwitch(), AuthPage.brandHeader(), notice, form, register);
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
            notice.setText(getTranslation(RegistrationView.CHECK_YOUR_EMAIL));
            notice.setVisible(true);
        }
        if (parameters.containsKey("reset")) {
            notice.setText(getTranslation("identity.login.reset-done"));
            notice.setVisible(true);
        }
        if (parameters.containsKey("unavailable")) {
            form.setI18n(i18n(getTranslation("shell.database.title"), Translated.text(DatabaseOutage.REASON)));
            form.setError(true);
        }
        if (parameters.containsKey("error")) {
            // Only a refusal about the client has its own words; a wrong password and a paused account read the
            // same, so the form never tells whether an account exists or is under attack.
            if (lastFailure() instanceof SignInRefusedException refused) {
                form.setI18n(i18n(getTranslation("identity.login.wait"), Translated.text(refused.reason())));
            }
            form.setError(true);
        }
    }

    /** The same words for a wrong password, an unknown email and an account pausing after many wrong passwords. */
    private String failedMessage() {
        Duration pause = accountThrottle.longestPause();
        String longest = pause.toMinutes() >= 1 ? getTranslation("identity.login.minutes", pause.toMinutes())
                : getTranslation("identity.login.seconds", pause.toSeconds());
        return getTranslation("identity.login.failed.message", longest);
    }

    private static Object lastFailure() {
        var session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("identity.sign-in"));
        i18n.getForm().setUsername(getTranslation("identity.field.email"));
        i18n.getForm().setPassword(getTranslation("identity.field.password"));
        i18n.getForm().setSubmit(getTranslation("identity.sign-in"));
        i18n.getForm().setForgotPassword(getTranslation("identity.login.forgot"));
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    /** The branded heading and the language switch shared by the sign-in and registration pages. */
    static final class AuthPage {
        private AuthPage() {
        }

        /** For people not signed in: the language of this visit (a signed-in person keeps theirs in the profile). */
        static Select<Locale> languageSwitch() {
            var select = LanguageSelect.create("language-switch", LanguageSelect::apply);
            select.addClassName("gh-language-switch");
            return select;
        }

        static Div brandHeader() {
            var mark = new Image("images/guildhall-mark.svg", "");
            mark.addClassName("gh-auth-mark");
            var title = new H1("Guildhall");
            var subtitle = new Paragraph(UI.getCurrent().getTranslation("identity.auth.subtitle"));
            var header = new Div(mark, title, subtitle);
            header.addClassName("gh-auth-header");
            return header;
        }
    }
}
