package org.guildhall.shared;

/**
 * A record that does not exist, or that the caller may not see: the two read the same, so ids reveal nothing.
 * The message may be shown to the person who asked.
 */
public abstract class NotFound extends RuntimeException implements Explained {

    private final Text reason;

    /** {@code message} is a key of the module's bundle (or, until converted, an English sentence). */
    protected NotFound(String message) {
        this(Text.of(message));
    }

    protected NotFound(Text reason) {
        super(reason.english());
        this.reason = reason;
    }

    @Override
    public Text reason() {
        return reason;
    }
}
