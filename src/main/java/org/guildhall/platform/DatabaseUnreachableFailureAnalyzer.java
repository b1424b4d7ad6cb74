package org.guildhall.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns "cannot connect to the database" (or "wrong password") at start-up into one clear message naming the URL that was tried,
 * instead of a page of nested stack traces.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String url = environment.getProperty("spring.datasource.url", "(no URL configured)");
        if (cause instanceof SQLInvalidAuthorizationSpecException) {
            return new FailureAnalysis(
                    "The database at " + url + " refused the user and password: " + cause.getMessage(),
                    "Check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, and that the user may use "
                            + "that database.",
                    cause);
        }
        if (!(cause instanceof SQLNonTransientConnectionException) && findCause(rootFailure, ConnectException.class) == null) {
            return null;
        }
        return new FailureAnalysis(
                "Cannot reach the database at " + url + ": " + cause.getMessage(),
                "Check that MariaDB is running and reachable, and that SPRING_DATASOURCE_URL, "
                        + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD are right.",
                cause);
    }
}
