package org.guildhall.identity.ui;

import java.util.List;

import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.identity.InvalidAccountDataException;
import org.guildhall.identity.TooManyRequestsException;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Refused;
import org.guildhall.shell.RecordForm;

/**
 * The address a password-reset link is asked for, bound to {@link ResetRequest} by one {@link Binder}. Any address
 * is taken (the answer never tells whether it has an account); only the rate limit refuses, on the field.
 */
final class ResetLinkForm extends RecordForm<ResetLinkForm.ResetRequest> {

    /** What the form holds. */
    public record ResetRequest(String email) {

        public static final String EMAIL = InvalidAccountDataException.Field.EMAIL.component();
    }

    ResetLinkForm() {
        super(ResetRequest.class);
        var email = new EmailField(getTranslation("identity.field.email"));
        email.setId("reset-email");
        email.setWidthFull();
        // Any text is sent on (the service ignores what is not an address), as before: no format check here.
        binder.forField(email).withDefaultValidator(false).bind(ResetRequest.EMAIL);
        binder.readRecord(new ResetRequest(""));
        getContent().add(email);
        getContent().setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    /** Too many links were asked for this address or from this client: said on the address, which stays. */
    void show(TooManyRequestsException limited) {
        show(new LimitOnAddress(limited));
    }

    private static final class LimitOnAddress extends Refused {

        LimitOnAddress(TooManyRequestsException limited) {
            super(List.of(new FieldProblem(ResetRequest.EMAIL, limited.reason())));
        }
    }
}
