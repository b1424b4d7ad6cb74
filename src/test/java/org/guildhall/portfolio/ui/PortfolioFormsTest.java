package org.guildhall.portfolio.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.DocumentUploadField;
import org.guildhall.documents.SampleFiles;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio's evidence and reference forms on one binder each (issue 13): every problem on its field at once,
 * what was typed kept, a valid entry saved; and the page in French (issue 14).
 */
@IntegrationTest
class PortfolioFormsTest extends SpringBrowserlessTest {

    @Autowired AccountProvisioning provisioning;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired PortfolioService portfolios;
    @Autowired DocumentService documents;

    @Test
    void a_reference_is_refused_on_each_field_concerned_keeping_what_was_typed_and_a_valid_one_is_saved() {
        var candidate = TestAccounts.account(provisioning, "Olu Adeyemi", Role.MEMBER);
        long portfolio = lifecycle.open(candidate.id(), "CCSM");
        TestAccounts.signInAs(candidate);
        navigate(PortfolioEditorView.class, portfolio);

        test($(Button.class).id("add-reference")).click();
        assertThat($(TextField.class).id("referee-name").getErrorMessage()).isEqualTo("Give the referee's name.");
        assertThat($(TextField.class).id("referee-contact").isInvalid()).isTrue();
        assertThat($(TextField.class).id("referee-relationship").isInvalid()).isTrue();
        assertThat($(DocumentUploadField.class).id("reference-letter").isInvalid()).isTrue();

        test($(TextField.class).id("referee-name")).setValue("Grace Holt");
        test($(TextField.class).id("referee-contact")).setValue("grace@example.org");
        test($(TextField.class).id("referee-relationship")).setValue("Former supervisor");
        test($(Button.class).id("add-reference")).click();
        assertThat($(DocumentUploadField.class).id("reference-letter").getErrorMessage())
                .isEqualTo("Upload their letter.");
        assertThat($(TextField.class).id("referee-name").getValue()).isEqualTo("Grace Holt");
        assertThat(portfolios.myPortfolio(portfolio).current().content().references()).isEmpty();

        $(DocumentUploadField.class).id("reference-letter").setValue(uploaded(candidate.id(), "letter.pdf"));
        test($(Button.class).id("add-reference")).click();
        assertThat(portfolios.myPortfolio(portfolio).current().content().references()).singleElement()
                .satisfies(reference -> assertThat(reference.refereeName()).isEqualTo("Grace Holt"));
    }

    @Test
    void evidence_without_a_caption_is_refused_on_the_caption_in_french_keeping_the_document() {
        var candidate = TestAccounts.account(provisioning, "Chloé Martin", Role.MEMBER);
        long portfolio = lifecycle.open(candidate.id(), "CCSM");
        TestAccounts.signInAs(candidate);
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate(PortfolioEditorView.class, portfolio);

        DocumentUploadField upload = $(DocumentUploadField.class).id("evidence-upload");
        upload.setValue(uploaded(candidate.id(), "csat.pdf"));
        test($(Button.class).id("add-evidence")).click();

        assertThat($(TextField.class).id("evidence-caption").getErrorMessage())
                .isEqualTo("Indiquez ce que montre le document.");
        assertThat(upload.getValue()).hasSize(1);
        assertThat(portfolios.myPortfolio(portfolio).current().content().evidence()).isEmpty();

        test($(TextField.class).id("evidence-caption")).setValue("CSAT de 71 à 83");
        test($(Button.class).id("add-evidence")).click();
        assertThat(portfolios.myPortfolio(portfolio).current().content().evidence()).singleElement()
                .satisfies(evidence -> assertThat(evidence.caption()).isEqualTo("CSAT de 71 à 83"));
    }

    private List<org.guildhall.documents.DocumentReference> uploaded(long owner, String filename) {
        byte[] pdf = SampleFiles.pdf();
        var stored = documents.store(owner, filename, new ByteArrayInputStream(pdf), pdf.length);
        return documents.findAll(List.of(stored.id()));
    }
}
