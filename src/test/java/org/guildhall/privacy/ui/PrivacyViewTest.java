package org.guildhall.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.Role;
import org.guildhall.privacy.PersonalDataService;
import org.guildhall.privacy.internal.ExportBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 18: the person asks for a copy and sees it progress, then the link; asks to be forgotten after a warning. */
@IntegrationTest
class PrivacyViewTest extends SpringBrowserlessTest {

    @Autowired AccountProvisioning provisioning;
    @Autowired PersonalDataService personalData;
    @Autowired ExportBuilder builder;

    @BeforeEach
    void anApplicantIsSignedIn() {
        TestAccounts.signInAs(TestAccounts.account(provisioning, "Priya Raman", Role.APPLICANT));
    }

    @Test
    void asking_for_a_copy_shows_it_waiting_then_the_download_link_at_the_next_poll_once_built() {
        navigate(PrivacyView.class);
        test($(Button.class).id("request-export")).click();

        assertThat($(Paragraph.class).id("export-state").getText()).isEqualTo("Your copy is waiting to be prepared.");
        assertThat($(ProgressBar.class).id("export-progress").isVisible()).isTrue();
        assertThat($(Button.class).id("request-export").isEnabled()).as("one at a time").isFalse();

        builder.buildWaiting();
        // The page's next poll picks the finished export up, without a reload.
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        var download = $(Anchor.class).id("export-download");
        assertThat(download.isVisible()).isTrue();
        assertThat(download.getHref()).isEqualTo("/privacy/exports/" + personalData.latestExport().orElseThrow().id());
        assertThat(download.getText()).isEqualTo("Download your data (the link works until 2 Dec 2026)");
        assertThat($(ProgressBar.class).withId("export-progress").exists()).as("hidden once built").isFalse();
    }

    @Test
    void asking_to_be_forgotten_is_confirmed_first_and_then_shown_as_waiting() {
        navigate(PrivacyView.class);
        test($(Button.class).id("request-erasure")).click();
        test($(Button.class).id("confirm-erasure")).click();

        assertThat($(Paragraph.class).id("erasure-state").getText())
                .isEqualTo("Your request was sent on 25 Nov 2026. The registrar will review it.");
        assertThat($(Button.class).id("request-erasure").isEnabled()).isFalse();
    }

    @Test
    void the_page_reads_in_french() {
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate(PrivacyView.class);

        assertThat($(H2.class).first().getText()).isEqualTo("Une copie de vos données");
        assertThat($(Button.class).id("request-erasure").getText()).isEqualTo("Demander l’effacement");
    }
}
