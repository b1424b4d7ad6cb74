package org.guildhall.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code guildhall.embedded-db.*}: where the embedded MariaDB keeps its data ({@code GUILDHALL_EMBEDDED_DB_DATA_DIR};
 * blank: a fresh temporary database each start, as the tests use, deleted when the JVM ends).
 */
@ConfigurationProperties("guildhall.embedded-db")
record EmbeddedDatabaseSettings(@DefaultValue("") String dataDir) {
}
