package org.guildhall.shell;

import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * In any view, an action that fails because the database is out of reach shows {@link DatabaseOutage#MESSAGE} and
 * leaves the form as it was; every other failure goes to Vaadin's default handling.
 */
final class DatabaseOutageErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageErrorHandler.class);

    private final ErrorHandler otherFailures;

    DatabaseOutageErrorHandler(ErrorHandler otherFailures) {
        this.otherFailures = otherFailures;
    }

    @Override
    public void error(ErrorEvent event) {
        if (DatabaseOutage.isCause(event.getThrowable())) {
            log.warn("A request failed because the database is out of reach: {}", event.getThrowable().toString());
            Toast.error(DatabaseOutage.MESSAGE);
            return;
        }
        otherFailures.error(event);
    }

    /** Gives every new session the handler. */
    @Component
    static class Installer implements VaadinServiceInitListener {
        @Override
        public void serviceInit(ServiceInitEvent event) {
            event.getSource().addSessionInitListener(session -> session.getSession()
                    .setErrorHandler(new DatabaseOutageErrorHandler(new DefaultErrorHandler())));
        }
    }
}
