package org.guildhall.bench;

/** A step a virtual user could not complete, by kind (http-500, view-missing, resynchronize, ...) for the report. */
final class FlowException extends RuntimeException {

    private final String kind;

    FlowException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    String kind() {
        return kind;
    }
}
