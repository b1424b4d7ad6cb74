package org.guildhall.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request the rules turn down, with a message written for the person who asked (what is wrong, what to do).
 * Nothing has changed when it is thrown. Views may catch it to show the message beside a field; whatever they do
 * not catch, the session's error handler shows as it is. A refusal of entered values names the fields concerned
 * ({@link #fieldProblems()}), all of them at once, so a form can show each message on its field.
 */
public abstract class Refused extends RuntimeException implements Explained {

    private final Text reason;
    private final List<FieldProblem> problems;

    /** Refuses a step; {@code message} is a key of the module's bundle (or, until converted, an English sentence). */
    protected Refused(String message) {
        this(Text.of(message));
    }

    protected Refused(Text reason) {
        super(reason.english());
        this.reason = reason;
        this.problems = List.of();
    }

    protected Refused(String message, Throwable cause) {
        this(Text.of(message), cause);
    }

    protected Refused(Text reason, Throwable cause) {
        super(reason.english(), cause);
        this.reason = reason;
        this.problems = List.of();
    }

    /** Refuses entered values: one problem per field concerned; the message lists them all. */
    protected Refused(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::message).collect(Collectors.joining(" ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refusal of entered values names at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.reason = problems.getFirst().text();
    }

    /** Why, to be written in the reader's language; for a refusal of entered values, the first problem. */
    @Override
    public Text reason() {
        return reason;
    }

    /** The problems tied to a field of the input record, in the form's order; empty for a refusal of a step. */
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
