package org.guildhall.payment.ui;

import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.payment.PaymentDeclarationData;
import org.guildhall.payment.domain.Invoice;
import org.guildhall.shared.Refused;
import org.guildhall.shell.FieldErrors;

/**
 * The payer's declaration that one invoice is paid, bound to {@link PaymentDeclarationData} by one {@link Binder};
 * the rule (a reference the registrar can find, as long as the invoice keeps) is the domain's ({@link Invoice}).
 */
final class PaymentDeclarationForm extends Composite<FormLayout> {

    private final Binder<PaymentDeclarationData> binder = new Binder<>(PaymentDeclarationData.class);

    PaymentDeclarationForm(long invoiceId) {
        var reference = new TextField(getTranslation("payment.declaration.reference.label"));
        reference.setId("payer-reference-" + invoiceId);
        reference.setMaxLength(Invoice.MAX_PAYER_REFERENCE);
        reference.setHelperText(getTranslation("payment.declaration.reference.helper"));
        binder.forField(reference).bind(PaymentDeclarationData.PAYER_REFERENCE);
        binder.readRecord(new PaymentDeclarationData(null));
        getContent().add(reference);
        getContent().setMaxWidth("24rem");
    }

    /** The declaration as typed, or empty with what cannot be read shown on its field. */
    Optional<PaymentDeclarationData> value() {
        return FieldErrors.write(binder);
    }

    void show(Refused refused) {
        FieldErrors.show(binder, refused);
    }
}
