package org.guildhall.assessment.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.customfield.CustomField;
import org.guildhall.shell.FieldParts;

/**
 * Answers keyed by part (a criterion's points, a domain's comment) as one value of the score form's binder. The
 * form lays the parts out domain by domain; this field gathers their values and shows a refusal's problem on the
 * part it names. A part marked as missing stays marked until it is answered.
 */
final class AnswerParts<K, V> extends CustomField<Map<K, V>> implements FieldParts {

    private record Part<V>(String name, HasValue<?, V> field) {

        HasValidation validation() {
            return (HasValidation) field;
        }
    }

    private final Map<K, Part<V>> parts = new LinkedHashMap<>();

    /** Adds a part, named as a refusal names it (its element id too), and returns it for the form to lay out. */
    <F extends Component & HasValue<?, V> & HasValidation> F part(K key, String name, F field) {
        field.setId(name);
        field.addValueChangeListener(changed -> {
            field.setInvalid(false);
            // Only what the user changes; the binder filling the parts in is not an answer.
            if (changed.isFromClient()) {
                updateValue();
            }
        });
        parts.put(key, new Part<>(name, field));
        return field;
    }

    @Override
    protected Map<K, V> generateModelValue() {
        var answered = new LinkedHashMap<K, V>();
        parts.forEach((key, part) -> {
            var value = part.field().getValue();
            if (value != null) {
                answered.put(key, value);
            }
        });
        return answered;
    }

    @Override
    protected void setPresentationValue(Map<K, V> values) {
        parts.forEach((key, part) -> part.field().setValue(values.getOrDefault(key, part.field().getEmptyValue())));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        parts.values().forEach(part -> part.field().setReadOnly(readOnly));
    }

    @Override
    public boolean showOnPart(String name, String message) {
        var part = parts.values().stream().filter(candidate -> candidate.name().equals(name)).findFirst();
        part.ifPresent(found -> {
            found.validation().setErrorMessage(message);
            found.validation().setInvalid(true);
        });
        return part.isPresent();
    }

    /** Invalid while any part is marked, so the form focuses this field when one of its parts comes first. */
    @Override
    public boolean isInvalid() {
        return parts.values().stream().anyMatch(part -> part.validation().isInvalid());
    }

    /** Focuses the first marked part (a radio group is not Focusable in Java, but its element takes the focus). */
    @Override
    public void focus() {
        parts.values().stream().filter(part -> part.validation().isInvalid()).findFirst()
                .ifPresent(part -> ((Component) part.field()).getElement().callJsFunction("focus"));
    }
}
