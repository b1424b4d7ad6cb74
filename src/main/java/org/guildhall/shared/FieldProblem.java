package org.guildhall.shared;

/**
 * One thing wrong with what a person entered, tied to the input record's component it concerns, so a form can show
 * it on that field.
 *
 * @param field the name of the input record's component ({@code "hours"} for {@code CpdActivityData.hours()})
 * @param message what is wrong and what to do, in words for the person who typed it
 */
public record FieldProblem(String field, String message) {
}
