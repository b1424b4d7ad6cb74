package org.guildhall.shell;

import java.util.ArrayList;
import java.util.Optional;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import org.guildhall.shared.Refused;

/**
 * The one way a form shows what is wrong with it: every problem on the field it concerns, all at once, and the
 * first field in the form's order focused; the values typed stay where they are. Works with a {@link Binder} over
 * the input record whose components are bound by name, which are the names a {@link Refused}'s problems use.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Shows the refusal's problems on their fields; what concerns no field of this form (or a refusal of a whole
     * step) is shown as a toast. A field's message stays until its value changes.
     */
    public static void show(Binder<?> binder, Refused refused) {
        var elsewhere = new ArrayList<String>();
        for (var problem : refused.fieldProblems()) {
            var field = binder.getBinding(problem.field()).map(Binder.Binding::getField);
            String message = Translated.text(problem.text());
            if (field.isPresent() && field.get() instanceof HasValidation validated) {
                validated.setErrorMessage(message);
                validated.setInvalid(true);
            } else if (!showOnPart(binder, problem.field(), message)) {
                elsewhere.add(message);
            }
        }
        if (refused.fieldProblems().isEmpty()) {
            elsewhere.add(Translated.text(refused.reason()));
        }
        if (!elsewhere.isEmpty()) {
            Toast.error(String.join(" ", elsewhere));
        }
        focusFirstInvalid(binder);
    }

    private static boolean showOnPart(Binder<?> binder, String part, String message) {
        return binder.getFields().anyMatch(field -> field instanceof FieldParts parts && parts.showOnPart(part, message));
    }

    /**
     * The input record the fields hold, or empty when it cannot be made: a value that cannot be read, or a record
     * whose own checks refuse it, is shown on its field (all of them at once) and the first is focused.
     */
    public static <T> Optional<T> write(Binder<T> binder) {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException unreadable) {
            focusFirstInvalid(binder);
            return Optional.empty();
        } catch (RuntimeException failure) {
            // A record that checks itself in its constructor refuses through the binder's reflection.
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof Refused refused) {
                    show(binder, refused);
                    return Optional.empty();
                }
            }
            throw failure;
        }
    }

    /** Moves the focus to the first field, in the order they were bound, that shows an error. */
    public static void focusFirstInvalid(Binder<?> binder) {
        binder.getFields()
                .filter(field -> field instanceof HasValidation validated && validated.isInvalid())
                .findFirst()
                .filter(Focusable.class::isInstance)
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }
}
