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

    public TooManyRequestsException(String what, Duration retryAfter) {
        super(what + " Please try again in " + inWords(retryAfter) + ".");
    }

    private static String inWords(Duration wait) {
        long minutes = (wait.toSeconds() + 59) / 60;
        if (minutes <= 1) {
            return "a minute";
        }
        return minutes < 120 ? minutes + " minutes" : ((minutes + 59) / 60) + " hours";
    }

    @Override
    public Text reason() {
        return Text.of(getMessage());
    }
}
