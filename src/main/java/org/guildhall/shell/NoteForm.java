package org.guildhall.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import org.jspecify.annotations.Nullable;

/**
 * A form of one free text (a reason, a note, feedback, an essay) over a one-component input record: the same
 * binder, reading and refusal as every {@link RecordForm}, so a refusal shows on the text and what was typed stays.
 *
 * @param <T> the module's one-component input record
 */
public final class NoteForm<T extends Record> extends RecordForm<T> {

    /**
     * @param component the record component's name, which the rules' refusals use
     * @param initial   the record the field starts with
     * @param missing   the message when nothing is typed, or null when an empty text is the rules' to judge
     */
    public <F extends Component & HasValue<?, String>> NoteForm(Class<T> type, String component, F field, T initial,
            @Nullable String missing) {
        super(type);
        var binding = missing == null ? binder.forField(field) : binder.forField(field).asRequired(missing);
        binding.bind(component);
        binder.readRecord(initial);
        getContent().add(field);
        getContent().setResponsiveSteps(new ResponsiveStep("0", 1));
    }
}
