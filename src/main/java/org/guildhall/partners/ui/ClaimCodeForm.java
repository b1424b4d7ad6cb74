package org.guildhall.partners.ui;

import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.partners.ClaimCodeData;
import org.guildhall.shell.RecordForm;

/** The claim code a member types, bound to {@link ClaimCodeData}; the redemption rules' refusals show on it. */
final class ClaimCodeForm extends RecordForm<ClaimCodeData> {

    /** Twelve characters and two dashes, with room for stray spaces. */
    private static final int MAX_TYPED = 24;

    ClaimCodeForm() {
        super(ClaimCodeData.class);
        var code = new TextField(getTranslation("partners.code.label"));
        code.setId("claim-code");
        code.setHelperText(getTranslation("partners.code.help"));
        code.setMaxLength(MAX_TYPED);
        code.setWidthFull();
        binder.forField(code).withDefaultValidator(false).bind(ClaimCodeData.CODE);
        binder.readRecord(new ClaimCodeData(""));
        getContent().add(code);
        getContent().setResponsiveSteps(new ResponsiveStep("0", 1));
    }
}
