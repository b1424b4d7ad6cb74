package org.guildhall.shell;

import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import org.guildhall.shared.Refused;

/**
 * A form over one input record: its fields in a {@link FormLayout}, bound by component name with one
 * {@link Binder}, read and refused the one way ({@link FieldErrors}). A subclass adds and binds its fields; the
 * view around it holds the heading and the buttons.
 *
 * @param <T> the module's input record
 */
public abstract class RecordForm<T extends Record> extends Composite<FormLayout> {

    protected final Binder<T> binder;

    protected RecordForm(Class<T> type) {
        this.binder = new Binder<>(type);
    }

    /** The record as typed, or empty with every problem shown on its field and the first focused. */
    public Optional<T> value() {
        return FieldErrors.write(binder);
    }

    /** Shows the rules' refusal: each problem on its field, a refusal of the whole step as a toast. */
    public void show(Refused refused) {
        FieldErrors.show(binder, refused);
    }
}
