package org.guildhall.platform;

import java.util.Map;

import org.guildhall.GuildhallApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Issue 2: "Database unreachable at start: the app stops with one clear log line naming the URL it tried." */
class DatabaseUnreachableFailureAnalyzerTest {

    private static final String NOBODY_LISTENS = "jdbc:mariadb://127.0.0.1:9/guildhall?connectTimeout=2000";

    @Test
    void a_start_against_an_unreachable_database_is_explained_with_the_url_that_was_tried() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(GuildhallApplication.class)
                .properties(Map.of("spring.datasource.url", NOBODY_LISTENS, "server.port", "0"))
                .run().close());

        var environment = new MockEnvironment().withProperty("spring.datasource.url", NOBODY_LISTENS);
        var analysis = new DatabaseUnreachableFailureAnalyzer(environment).analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("Cannot reach the database at " + NOBODY_LISTENS);
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void other_start_up_failures_are_left_to_spring_boot() {
        var analysis = new DatabaseUnreachableFailureAnalyzer(new MockEnvironment())
                .analyze(new IllegalStateException("something else"));
        assertThat(analysis).isNull();
    }
}
