package org.guildhall.identity;

import java.time.Duration;

import org.springframework.modulith.NamedInterface;
import org.guildhall.shared.Explained;
import org.guildhall.shared.Text;

/**
 * A rate limit was reached (too many sign-ins, registrations or account emails from one client or for one address
 * in a short time); the message says what to do, and nothing was done or sent.
 */
@NamedInterface("api")
public class TooManyRequestsException extends RuntimeException implements Explained {

    private final transient Text reason;

    /** {@code what} was limited (a key of the identity bundle); the person may try again after {@code retryAfter}. */
    public TooManyRequestsException(Text what, Duration retryAfter) {
        this(retryText(what, retryAfter));
    }

    private TooManyRequestsException(Text reason) {
        super(reason.english());
        this.reason = reason;
    }

    private static Text retryText(Text what, Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes < 120 ? Text.of("identity.limit.retry-minutes", what, minutes)
                : Text.of("identity.limit.retry-hours", what, (minutes + 59) / 60);
    }

    @Override
    public Text reason() {
        return reason;
    }
}
