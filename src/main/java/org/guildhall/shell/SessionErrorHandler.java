package org.guildhall.shell;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.guildhall.shared.NotFound;
import org.guildhall.shared.Refused;
import org.guildhall.shared.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a person sees when an action in a view fails and the view did not deal with it: a refusal or a record not
 * found shows its own message; a step the person's roles do not allow says so; a database out of reach says so
 * ({@link DatabaseOutage#MESSAGE}), and the form keeps its values; anything unexpected is logged with
 * a short incident id and shown as a plain apology quoting that id, so a report can be matched to the log.
 * {@link SessionErrorHandlerInstaller} sets it on every session.
 */
final class SessionErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(SessionErrorHandler.class);
    private static final SecureRandom INCIDENT_IDS = new SecureRandom();

    /** A kind of failure the portal expects, and the message it shows for it. */
    private record Answer(Class<? extends Throwable> kind, Function<Throwable, String> message) {
    }

    /** Asked in order for the failure and each of its causes; the first kind that matches answers. */
    private static final List<Answer> ANSWERS = List.of(
            new Answer(Refused.class, refused -> Translated.reasons((Refused) refused)),
            new Answer(NotFound.class, notFound -> Translated.reasons((NotFound) notFound)),
            new Answer(AccessDeniedException.class, denied -> Translated.text(Text.of("shell.error.not-open"))));

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = DefaultErrorHandler.findRelevantThrowable(event.getThrowable());
        if (DefaultErrorHandler.SOCKET_EXCEPTIONS.contains(failure.getClass().getName())) {
            // The browser went away mid-request: nobody is left to tell.
            log.debug("Connection lost", failure);
            return;
        }
        if (DatabaseOutage.isCause(event.getThrowable())) {
            // Nothing the person did: the form keeps what they typed, and they try again in a moment.
            log.warn("A request failed because the database is out of reach: {}", failure.toString());
            show(Translated.text(DatabaseOutage.REASON));
            return;
        }
        show(answerFor(failure).orElseGet(() -> apologise(failure)));
    }

    static Optional<String> answerFor(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (Answer answer : ANSWERS) {
                if (answer.kind().isInstance(cause)) {
                    return Optional.of(answer.message().apply(cause));
                }
            }
        }
        return Optional.empty();
    }

    private static String apologise(Throwable failure) {
        String incident = HexFormat.of().formatHex(incidentBytes()).toUpperCase();
        log.error("Incident {}: an action failed unexpectedly", incident, failure);
        return Translated.text(Text.of("shell.error.unexpected", incident));
    }

    private static byte[] incidentBytes() {
        byte[] bytes = new byte[4];
        INCIDENT_IDS.nextBytes(bytes);
        return bytes;
    }

    private static void show(String message) {
        // Outside a UI's request (a background task) there is no page to tell; the log has it.
        if (UI.getCurrent() != null) {
            Toast.error(message);
        }
    }
}
