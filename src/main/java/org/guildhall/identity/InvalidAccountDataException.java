package org.guildhall.identity;

import java.util.Comparator;
import java.util.Map;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Refused;
import org.guildhall.shared.Text;

/**
 * Input the account rules refuse, with one problem per field ({@link #fieldProblems()}) so a form shows each
 * beside its field. Nothing has been saved when this is thrown.
 */
public class InvalidAccountDataException extends Refused {

    /** The fields the account rules judge, each named as the input records' component that holds it. */
    public enum Field {
        FULL_NAME("fullName"), EMAIL("email"), PASSWORD("password"), CURRENT_PASSWORD("currentPassword"),
        PHONE("phone");

        private final String component;

        Field(String component) {
            this.component = component;
        }

        /** The name of the input records' component this field is ({@code RegistrationData.FULL_NAME}, ...). */
        public String component() {
            return component;
        }
    }

    public InvalidAccountDataException(Map<Field, Text> problems) {
        super(problems.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(problem -> new FieldProblem(problem.getKey().component(), problem.getValue())).toList());
    }

    /** One field refused; {@code message} is a key of the identity bundle. */
    public InvalidAccountDataException(Field field, String message) {
        this(field, Text.of(message));
    }

    public InvalidAccountDataException(Field field, Text problem) {
        this(Map.of(field, problem));
    }
}
