package org.guildhall.certification.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.certification.DesignationSummary;
import org.guildhall.shell.Toast;

/** The admin's edit of one designation; what was awarded keeps the values of its own cycle. */
final class DesignationEditor extends Dialog {

    DesignationEditor(DesignationCatalogue catalogue, DesignationSummary designation,
            Consumer<DesignationSummary> onSaved) {
        setHeaderTitle(getTranslation("certification.designation.edit-title", designation.code()));
        setId("designation-editor");
        var form = new DesignationForm(designation.toData());
        var save = new Button(getTranslation("certification.designation.save"), event -> form.value()
                .ifPresent(edit -> {
            try {
                onSaved.accept(catalogue.update(designation.code(), edit));
                Toast.success(getTranslation("certification.designation.saved", designation.code()));
                close();
            } catch (CertificationRefusedException refused) {
                form.show(refused);
            }
        }));
        save.setId("edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, new Paragraph(getTranslation("certification.designation.edit-note")));
        getFooter().add(new Button(getTranslation("certification.designation.cancel"), event -> close()), save);
    }
}
