package org.guildhall.documents;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The evidence field another module's form embeds: files stored as they arrive, refusals explained. */
@IntegrationTest
class DocumentUploadFieldTest extends SpringBrowserlessTest {

    @Autowired DocumentService documents;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;

    private DocumentUploadField field;

    @BeforeEach
    void aSignedInMember() {
        TestAccounts.ensure(accounts, provisioning);
        TestAccounts.signInAs(TestAccounts.MEMBER, Role.MEMBER);
    }

    @Test
    void an_uploaded_image_is_stored_listed_with_its_size_and_becomes_the_fields_value() {
        aFormWithTheField();

        upload("award.png", "image/png", SampleFiles.png());

        assertThat(field.getValue()).singleElement().satisfies(document -> {
            assertThat(document.filename()).isEqualTo("award.png");
            assertThat(documents.find(document.id())).contains(document);
        });
        var link = $(Anchor.class).withText("award.png").single();
        assertThat(link.getHref()).isEqualTo(field.getValue().getFirst().downloadPath());
        assertThat(field.getHelperText()).isEqualTo("PDF, PNG or JPEG, up to 10 MB each.");
    }

    @Test
    void a_text_file_renamed_pdf_is_refused_with_the_reason_and_nothing_is_attached() {
        aFormWithTheField();

        upload("minutes.pdf", "application/pdf", SampleFiles.text("Minutes of the chapter meeting"));

        assertThat(field.getValue()).isEmpty();
        assertThat($(Paragraph.class).withClassName("gh-document-refusal").single().getText())
                .startsWith("minutes.pdf: This file is not a PDF, PNG or JPEG file.");
    }

    @Test
    void removing_a_file_takes_it_off_the_value() {
        aFormWithTheField();
        upload("scan.pdf", "application/pdf", SampleFiles.pdf());
        upload("photo.jpg", "image/jpeg", SampleFiles.jpeg());

        test($(Button.class).withClassName("gh-document-remove").all().getFirst()).click();

        assertThat(field.getValue()).extracting(DocumentReference::filename).containsExactly("photo.jpg");
    }

    @Test
    void the_refusals_of_an_earlier_batch_give_way_to_the_next_results() {
        aFormWithTheField();
        upload("minutes.pdf", "application/pdf", SampleFiles.text("not a PDF"));

        upload("scan.pdf", "application/pdf", SampleFiles.pdf());

        assertThat($(Paragraph.class).withClassName("gh-document-refusal").all()).isEmpty();
    }

    private void aFormWithTheField() {
        field = new DocumentUploadField("Evidence", documents, accounts);
        UI.getCurrent().add(field);
    }

    private void upload(String filename, String contentType, byte[] content) {
        test($(Upload.class).single()).upload(filename, contentType, content);
    }
}
