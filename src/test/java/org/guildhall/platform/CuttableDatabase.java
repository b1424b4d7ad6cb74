package org.guildhall.platform;

import java.net.URI;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An embedded MariaDB of its own, reached through a {@link CuttableTcpProxy}: a context whose datasource is routed
 * here ({@link #routeDatasource}) loses its database on {@link #cut()} and gets it back on {@link #restore()}. The
 * portal keeps its production pool settings ({@code spring.datasource.*}). One server per JVM, for the contexts
 * that may lose their database; no other context uses it.
 */
public final class CuttableDatabase {

    private static final EmbeddedMariaDb SERVER = EmbeddedMariaDb.forDataDir("");
    private static final CuttableTcpProxy LINK =
            new CuttableTcpProxy(URI.create(SERVER.jdbcUrl().substring("jdbc:".length())).getPort());

    private CuttableDatabase() {
    }

    /** For a test's {@code @DynamicPropertySource}: the application's datasource goes through the link. */
    public static void routeDatasource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:mariadb://127.0.0.1:" + LINK.port() + "/" + EmbeddedMariaDb.DATABASE);
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
    }

    /** The database goes away: open connections drop and new ones are refused. */
    public static void cut() {
        LINK.cut();
    }

    public static void restore() {
        LINK.restore();
    }
}
