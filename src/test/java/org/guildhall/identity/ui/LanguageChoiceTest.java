package org.guildhall.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountDirectory;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.MyAccountService;
import org.guildhall.identity.Role;
import org.guildhall.platform.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14: each person picks a language in the profile; the portal switches to it at once, keeps it on the
 * account (for the next sign-in, emails and PDFs), and applies it when they sign in whatever the browser says.
 */
@IntegrationTest
class LanguageChoiceTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired MyAccountService myAccount;
    @Autowired AccountDirectory directory;
    @Autowired ChosenLanguageOnSignIn onSignIn;

    @Test
    void choosing_french_in_the_profile_switches_the_page_at_once_and_is_kept_on_the_account() {
        var account = register("Amara Okafor", "amara.fr");
        navigate(ProfileView.class);
        @SuppressWarnings("unchecked")
        Select<Locale> picker = $(Select.class).id("profile-language");
        assertThat(picker.getValue()).isEqualTo(Languages.ENGLISH);
        assertThat(picker.getListDataView().getItems().map(picker.getItemLabelGenerator()))
                .as("each language in its own words").containsExactly("English", "Français");

        test(picker).selectItem("Français");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.FRENCH);
        assertThat(VaadinSession.getCurrent().getLocale()).as("the rest of the visit too").isEqualTo(Languages.FRENCH);
        assertThat($(Button.class).id("save-profile").getText()).isEqualTo("Enregistrer le profil");
        assertThat($(H2.class).all()).extracting(H2::getText).contains("Vos coordonnées", "Langue");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Accueil");
        assertThat(directory.languageOf(account)).as("kept for emails and PDFs").isEqualTo(Languages.FRENCH);
        assertThat(myAccount.currentLanguage()).contains(Languages.FRENCH);
    }

    @Test
    void switching_back_to_english_is_kept_too() {
        var account = register("Kwame Mensah", "kwame.en");
        myAccount.chooseCurrentLanguage(Languages.FRENCH);
        UI.getCurrent().setLocale(Languages.FRENCH);
        navigate(ProfileView.class);
        @SuppressWarnings("unchecked")
        Select<Locale> picker = $(Select.class).id("profile-language");
        assertThat($(Button.class).id("save-profile").getText()).isEqualTo("Enregistrer le profil");

        test(picker).selectItem("English");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.ENGLISH);
        assertThat($(Button.class).id("save-profile").getText()).isEqualTo("Save profile");
        assertThat(directory.languageOf(account)).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void at_sign_in_the_chosen_language_wins_over_the_browsers_and_without_a_choice_the_browsers_stays() {
        register("Sofia Marchetti", "sofia.choice");
        myAccount.chooseCurrentLanguage(Languages.FRENCH);
        VaadinSession.getCurrent().setAttribute(ChosenLanguageOnSignIn.APPLIED_FOR, null);
        UI.getCurrent().setLocale(Languages.ENGLISH);

        onSignIn.apply(UI.getCurrent());

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.FRENCH);
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Languages.FRENCH);

        register("Liam O’Connor", "liam.nochoice");
        VaadinSession.getCurrent().setLocale(Languages.ENGLISH);
        onSignIn.apply(UI.getCurrent());
        assertThat(UI.getCurrent().getLocale()).as("the browser’s language stays").isEqualTo(Languages.ENGLISH);
    }

    private long register(String name, String emailName) {
        String email = TestAccounts.uniqueEmail(emailName);
        long id = accounts.register(name, email, TestAccounts.PASSWORD).orElseThrow().id();
        TestAccounts.signInAs(email, Role.APPLICANT);
        return id;
    }
}
