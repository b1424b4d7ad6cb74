package org.guildhall.assessment.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** Asks for a reason or note the panel's history keeps; a blank one is refused on the field, the dialog stays. */
final class ReasonDialog {

    private ReasonDialog() {
    }

    /** Opens the dialog; once a reason is given it closes and hands the reason on. */
    static void ask(String heading, String label, Consumer<String> withReason) {
        var dialog = new Dialog(heading);
        var form = new ReasonForm(label);
        dialog.add(form);
        var confirm = new Button(dialog.getTranslation("assessment.confirm"), e -> form.value().ifPresent(reason -> {
            dialog.close();
            withReason.accept(reason);
        }));
        confirm.setId("dialog-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("assessment.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("32rem");
        dialog.open();
    }
}
