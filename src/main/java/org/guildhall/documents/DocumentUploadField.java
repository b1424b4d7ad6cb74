package org.guildhall.documents;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import org.guildhall.documents.domain.FileSize;
import org.guildhall.identity.AccountService;
import org.guildhall.shared.Text;
import org.guildhall.shell.Translated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;

/**
 * A form field for evidence. Each file is checked and stored through {@link DocumentService} as soon as it
 * arrives, as the signed-in person's document; accepted files are listed with their size, a download link and a
 * remove button, refused ones with the reason. The value is the list of stored documents, for the form to attach
 * (bind it like any field). Removing a file only takes it off the list; the stored document stays its owner's.
 */
@NamedInterface("api")
public class DocumentUploadField extends CustomField<List<DocumentReference>> {

    private static final Logger log = LoggerFactory.getLogger(DocumentUploadField.class);

    private final DocumentService documents;
    private final long ownerAccountId;
    private final Upload upload = new Upload();
    private final Div accepted = new Div();
    private final Div refusals = new Div();
    private final List<DocumentReference> stored = new ArrayList<>();
    /** Set when a batch of uploads ends; the next batch's first result clears the old refusals. */
    private boolean refusalsOutdated;

    public DocumentUploadField(String label, DocumentService documents, AccountService accounts) {
        super(List.of());
        this.documents = documents;
        this.ownerAccountId = accounts.currentAccount().id();
        setLabel(label);
        var limits = documents.limits();
        setHelperText(Translated.text(limits.description()) + ".");

        upload.setUploadHandler(this::receive);
        upload.setMaxFileSize(Math.toIntExact(limits.maxBytes()));
        // Hints for the browser's file picker only; the service decides by content.
        upload.setAcceptedMimeTypes(limits.contentTypes().toArray(String[]::new));
        upload.setAcceptedFileExtensions(limits.fileExtensions().toArray(String[]::new));
        var i18n = new UploadI18N();
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(Translated.text(Text.of("documents.upload.at-most", FileSize.text(limits.maxBytes()))))
                .setIncorrectFileType(Translated.text(Text.of("documents.upload.only", limits.description()))));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(event -> showRefusal(event.getFileName(), event.getErrorMessage()));
        // The list below shows what was stored; the upload's own list would repeat it.
        upload.addAllFinishedListener(event -> {
            upload.clearFileList();
            refusalsOutdated = true;
        });

        accepted.addClassName("gh-documents");
        refusals.addClassName("gh-document-refusals");
        refusals.getElement().setAttribute("role", "alert");
        add(upload, accepted, refusals);
    }

    @Override
    protected List<DocumentReference> generateModelValue() {
        return List.copyOf(stored);
    }

    @Override
    protected void setPresentationValue(List<DocumentReference> value) {
        stored.clear();
        stored.addAll(value);
        refusals.removeAll();
        render();
    }

    /** Runs on the upload's own request, outside the session lock; the UI is changed through {@code access}. */
    private void receive(UploadEvent event) {
        UI ui = event.getUI();
        String name = event.getFileName();
        try (var content = event.getInputStream()) {
            var document = documents.store(ownerAccountId, name, content, event.getFileSize());
            ui.access(() -> attach(document));
        } catch (DocumentRejectedException refused) {
            event.reject(refused.getMessage());
            ui.access(() -> showRefusal(name, Translated.reasons(refused)));
        } catch (Exception failure) {
            log.error("Storing the upload {} failed", name, failure);
            event.reject("The file could not be stored.");
            ui.access(() -> showRefusal(name, Translated.text(Text.of("documents.upload.failed"))));
        }
    }

    private void attach(DocumentReference document) {
        clearOutdatedRefusals();
        stored.add(document);
        render();
        updateValue();
    }

    private void detach(DocumentReference document) {
        stored.remove(document);
        render();
        updateValue();
    }

    private void showRefusal(String filename, String reason) {
        clearOutdatedRefusals();
        var refusal = new Paragraph(filename + ": " + reason);
        refusal.addClassName("gh-document-refusal");
        refusals.add(refusal);
    }

    private void clearOutdatedRefusals() {
        if (refusalsOutdated) {
            refusals.removeAll();
            refusalsOutdated = false;
        }
    }

    private void render() {
        accepted.removeAll();
        stored.forEach(document -> accepted.add(row(document)));
    }

    private HorizontalLayout row(DocumentReference document) {
        var link = new Anchor(document.downloadPath(), document.filename());
        // A download served by the documents controller, not a view the router should open.
        link.setRouterIgnore(true);
        var size = new Span(Translated.text(FileSize.text(document.size())));
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> detach(document));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel(getTranslation("documents.remove.label", document.filename()));
        remove.setTooltipText(getTranslation("documents.remove"));
        remove.addClassName("gh-document-remove");
        var row = new HorizontalLayout(link, size, remove);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.addClassName("gh-document");
        return row;
    }
}
