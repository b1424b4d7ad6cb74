package org.guildhall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14: the portal in French for a browser that asks for French, from the sign-in page to the profile; a
 * language chosen in the profile holds over the browser's at the next sign-in.
 */
class FrenchJourneyTest extends BrowserTest {

    private static final String MEMBER = "member@guildhall.example";

    @Autowired JdbcTemplate jdbc;

    /** Hides {@link BrowserTest#startBrowser()}: the same browser, asking for French. */
    @BeforeAll
    static void startBrowser() {
        var options = chromeOptions();
        options.addArguments("--lang=fr-FR");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        launch(options);
    }

    /** The demo member is shared with the other journeys, which expect a member without a chosen language. */
    @AfterEach
    void forgetTheDemoMembersLanguage() {
        jdbc.update("update account set language = null where email = ?", MEMBER);
    }

    @Test
    void a_french_browser_signs_in_in_french_and_a_language_chosen_in_the_profile_holds_at_the_next_sign_in() {
        browser.get(url("/login"));
        var form = waitFor(By.id("login-form"));
        waitUntil(ExpectedConditions.titleIs("Connexion · Guildhall"));
        assertThat(form.findElement(By.cssSelector("vaadin-password-field[name='password']")).getDomProperty("label"))
                .isEqualTo("Mot de passe");
        assertThat(browser.findElement(By.linkText("Créer un compte de demandeur")).isDisplayed()).isTrue();
        checkAccessibility();

        signIn(MEMBER, DEMO_PASSWORD);
        assertThat(waitFor(By.id("home-greeting")).getText()).isEqualTo("Bienvenue, Amara");
        waitUntil(ExpectedConditions.titleIs("Accueil"));
        assertThat(browser.findElement(By.cssSelector("vaadin-side-nav")).getText()).contains("Accueil");

        open("/profile", By.id("profile"));
        assertThat(browser.findElement(By.id("save-profile")).getText()).isEqualTo("Enregistrer le profil");
        assertThat(browser.findElement(By.id("profile")).getText()).contains("Vos coordonnées", "Mot de passe");

        choose("English");
        waitUntil(ExpectedConditions.textToBe(By.id("save-profile"), "Save profile"));
        assertThat(browser.findElement(By.cssSelector("vaadin-side-nav")).getText()).contains("Home");

        signOutThroughTheUserMenu("Sign out");
        signIn(MEMBER, DEMO_PASSWORD);
        assertThat(waitFor(By.id("home-greeting")).getText()).as("the choice beats the browser’s French")
                .isEqualTo("Welcome, Amara");

        open("/profile", By.id("profile"));
        choose("Français");
        waitUntil(ExpectedConditions.textToBe(By.id("save-profile"), "Enregistrer le profil"));

        signOutThroughTheUserMenu("Se déconnecter");
        signIn(MEMBER, DEMO_PASSWORD);
        assertThat(waitFor(By.id("home-greeting")).getText()).isEqualTo("Bienvenue, Amara");
    }

    private void choose(String language) {
        click(waitFor(By.id("profile-language")));
        click(waitFor(By.xpath("//vaadin-select-item[normalize-space()='" + language + "']")));
    }

    private void signOutThroughTheUserMenu(String signOut) {
        // "Your language is saved" sits over the user menu at the bottom of the drawer until it fades.
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-notification-card")));
        click(waitFor(By.cssSelector("#user-menu vaadin-menu-bar-button")));
        click(waitFor(By.xpath("//vaadin-menu-bar-item[normalize-space()='" + signOut + "']")));
        waitFor(By.id("login-form"));
    }
}
