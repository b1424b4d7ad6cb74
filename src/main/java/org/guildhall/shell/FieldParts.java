package org.guildhall.shell;

/**
 * A bound field made of parts that a refusal names one by one (each criterion of a rubric has its own radio group):
 * the problem's field is then a part's name, not the record component's, and {@link FieldErrors} asks the field to
 * show it there.
 */
public interface FieldParts {

    /** Shows the message on the part of that name and says so; false when this field has no such part. */
    boolean showOnPart(String part, String message);
}
