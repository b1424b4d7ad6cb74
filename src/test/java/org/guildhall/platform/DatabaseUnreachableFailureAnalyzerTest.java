package org.guildhall.platform;

import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Issue 2: "Database unreachable at start: the app stops with one clear log line naming the URL it tried."
 * The failure is the driver's real one, wrapped as Spring wraps it during start-up.
 */
class DatabaseUnreachableFailureAnalyzerTest {

    private static final String NOBODY_LISTENS = "jdbc:mariadb://127.0.0.1:9/guildhall?connectTimeout=2000";

    private final DatabaseUnreachableFailureAnalyzer analyzer = new DatabaseUnreachableFailureAnalyzer(
            new MockEnvironment().withProperty("spring.datasource.url", NOBODY_LISTENS));

    @Test
    void a_start_against_an_unreachable_database_is_explained_with_the_url_that_was_tried() {
        Throwable refused = catchThrowable(() -> DriverManager.getConnection(NOBODY_LISTENS, "guildhall", "x"));
        var startupFailure = new BeanCreationException("flywayInitializer", "Unable to obtain connection", refused);

        var analysis = analyzer.analyze(startupFailure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("Cannot reach the database at " + NOBODY_LISTENS);
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void other_start_up_failures_are_left_to_spring_boot() {
        assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
    }
}
