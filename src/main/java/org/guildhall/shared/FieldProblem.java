package org.guildhall.shared;

/**
 * One thing wrong with what a person entered, tied to the input record's component it concerns, so a form can show
 * it on that field.
 *
 * @param field the name of the input record's component ({@code "hours"} for {@code CpdActivityData.hours()})
 * @param text what is wrong and what to do, in words for the person who typed it, in their language when shown
 */
public record FieldProblem(String field, Text text) {

    public FieldProblem(String field, String message) {
        this(field, Text.of(message));
    }

    /** The problem in English, for logs and tests. */
    public String message() {
        return text.english();
    }
}
