package org.guildhall.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.guildhall.IntegrationTest;
import org.guildhall.platform.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** Issue 14: the sign-in page in French for a French browser, and a switch for people not signed in. */
@IntegrationTest
@WithAnonymousUser
class FrenchSignInPageTest extends SpringBrowserlessTest {

    @Test
    void a_french_reader_signs_in_in_french_and_a_failure_is_explained_in_french() {
        // As a French browser's session starts; the sign-in page already shown (in English) is left for another.
        VaadinSession.getCurrent().setLocale(Locale.FRANCE);
        navigate(RegistrationView.class);
        assertThat($(Button.class).id("register").getText()).isEqualTo("Créer le compte");
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        String form = texts($(LoginForm.class).id("login-form"));
        assertThat(form).contains("Se connecter").contains("Mot de passe")
                .contains("Adresse e-mail ou mot de passe incorrect").doesNotContain("Sign in");
        assertThat($(Anchor.class).all()).extracting(Anchor::getText).contains("Créer un compte de demandeur");
    }

    @Test
    void the_language_switch_turns_the_sign_in_page_into_french_for_the_rest_of_the_visit() {
        UI.getCurrent().setLocale(Languages.ENGLISH);
        navigate(LoginView.class);
        assertThat(texts($(LoginForm.class).id("login-form"))).contains("Sign in");

        @SuppressWarnings("unchecked")
        Select<Locale> languages = $(Select.class).id("language-switch");
        test(languages).selectItem("Français");

        assertThat(texts($(LoginForm.class).id("login-form"))).contains("Se connecter");
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Languages.FRENCH);
        navigate(RegistrationView.class);
        assertThat($(Button.class).id("register").getText())
                .isEqualTo("Créer le compte");
    }

    private static String texts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
