package org.guildhall.identity;

import java.util.Map;

import org.guildhall.shared.Refused;

/**
 * Input the account rules refuse, with one message per form field so the view can show each beside its field.
 * Nothing has been saved when this is thrown.
 */
public class InvalidAccountDataException extends Refused {

    public enum Field { FULL_NAME, EMAIL, PASSWORD, CURRENT_PASSWORD, PHONE }

    private final Map<Field, String> problems;

    public InvalidAccountDataException(Map<Field, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public InvalidAccountDataException(Field field, String message) {
        this(Map.of(field, message));
    }

    public Map<Field, String> problems() {
        return problems;
    }
}
