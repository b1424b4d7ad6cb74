package org.guildhall.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.guildhall.GuildhallApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Boots the production configuration (no profile, datasource and first admin from environment variables) against an external
 * MariaDB, the oldest we support (Debian's 10.11, started by {@code .ci/run}). Without that server the test is
 * skipped on a workstation but fails under {@code CI=true}.
 */
class ProductionDatabaseSmokeTest {

    @Test
    void the_production_configuration_migrates_and_serves_an_external_mariadb_without_demo_data() throws Exception {
        String url = System.getenv("GUILDHALL_SMOKE_DB_URL");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but GUILDHALL_SMOKE_DB_URL is not set: .ci/run should have started MariaDB 10.11");
            }
            assumeTrue(false, "no external MariaDB (GUILDHALL_SMOKE_DB_URL) on this machine");
        }
        Map<String, Object> environment = Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", System.getenv().getOrDefault("GUILDHALL_SMOKE_DB_USER", "guildhall"),
                "spring.datasource.password", System.getenv().getOrDefault("GUILDHALL_SMOKE_DB_PASSWORD", "guildhall"),
                "guildhall.first-admin.email", "office@institute.example",
                "guildhall.first-admin.password", "a long first admin passphrase",
                "server.port", "0",
                "server.shutdown", "immediate");

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GuildhallApplication.class)
                .run(asArguments(environment))) {
            var jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select version()", String.class)).contains("MariaDB");
            assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = 1",
                    Integer.class)).isGreaterThanOrEqualTo(3);
            assertThat(jdbc.queryForObject("select count(*) from designation", Integer.class)).isEqualTo(10);
            assertThat(jdbc.queryForObject("select count(*) from account where email like '%@guildhall.example'",
                    Integer.class)).as("demo accounts never load in production").isZero();
            assertThat(jdbc.queryForList("select r.role from account a join account_role r on r.account_id = a.id "
                    + "where a.email = 'office@institute.example'", String.class))
                    .as("the first admin is created from the environment").containsExactly("ADMIN");

            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var http = HttpClient.newHttpClient();
            var health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("\"status\":\"UP\"");
        }
    }

    /** Command-line arguments outrank application.properties, as the environment does in production. */
    private static String[] asArguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}
