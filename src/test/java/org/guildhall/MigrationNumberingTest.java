package org.guildhall;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, "Migrations": the next migration takes the highest released number plus one, whatever its module, and a
 * released migration never changes. A V15 added after V40 would be skipped or refused by every database that has
 * V40 (Flyway's out-of-order check), and an edited V12 stops every database that applied the old one.
 * {@code released-migrations.txt} lists what has been released, with checksums.
 */
class MigrationNumberingTest {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void every_migration_added_since_the_last_release_is_numbered_above_the_highest_released_one()
            throws IOException {
        assertThat(violations(released(), present())).isEmpty();
    }

    @Test
    void a_migration_numbered_into_an_old_band_or_a_released_one_edited_is_refused() {
        var released = Map.of("V14__one_open_exam_enrolment.sql", "aaa", "V40__events.sql", "bbb");

        assertThat(violations(released, Map.of("V14__one_open_exam_enrolment.sql", "aaa", "V40__events.sql", "bbb",
                "V41__next.sql", "ccc"))).isEmpty();
        assertThat(violations(released, Map.of("V14__one_open_exam_enrolment.sql", "aaa", "V40__events.sql", "bbb",
                "V15__in_the_gap.sql", "ccc"))).containsExactly(
                "V15__in_the_gap.sql is numbered 15, below the highest released migration (40): call it V41");
        assertThat(violations(released, Map.of("V14__one_open_exam_enrolment.sql", "changed", "V40__events.sql",
                "bbb"))).containsExactly("V14__one_open_exam_enrolment.sql was released and has been edited: "
                + "add a new migration instead");
        assertThat(violations(released, Map.of("V40__events.sql", "bbb"))).containsExactly(
                "V14__one_open_exam_enrolment.sql was released and has been removed");
    }

    /** What breaks the rule, in words; {@code released} and {@code present} map file names to checksums. */
    static List<String> violations(Map<String, String> released, Map<String, String> present) {
        var violations = new ArrayList<String>();
        int highestReleased = released.keySet().stream().mapToInt(MigrationNumberingTest::version).max().orElse(0);
        released.forEach((name, checksum) -> {
            if (!present.containsKey(name)) {
                violations.add(name + " was released and has been removed");
            } else if (!present.get(name).equals(checksum)) {
                violations.add(name + " was released and has been edited: add a new migration instead");
            }
        });
        present.keySet().stream().filter(name -> !released.containsKey(name)).sorted().forEach(name -> {
            if (version(name) <= highestReleased) {
                violations.add(name + " is numbered " + version(name) + ", below the highest released migration ("
                        + highestReleased + "): call it V" + (highestReleased + 1));
            }
        });
        return violations;
    }

    private static int version(String fileName) {
        Matcher matcher = VERSIONED.matcher(fileName);
        assertThat(matcher.matches()).as(fileName + " is named V<number>__<what>.sql").isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static Map<String, String> released() throws IOException {
        var released = new LinkedHashMap<String, String>();
        try (InputStream list = MigrationNumberingTest.class.getResourceAsStream("/released-migrations.txt")) {
            assertThat(list).as("released-migrations.txt on the test classpath").isNotNull();
            for (String line : new String(list.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] nameAndChecksum = line.strip().split("\\s+");
                    released.put(nameAndChecksum[0], nameAndChecksum[1]);
                }
            }
        }
        return released;
    }

    private static Map<String, String> present() throws IOException {
        var present = new LinkedHashMap<String, String>();
        for (var migration : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql")) {
            try (InputStream bytes = migration.getInputStream()) {
                present.put(migration.getFilename(), sha256(bytes.readAllBytes()));
            }
        }
        return present;
    }

    /** Of the text with Windows line ends read as Unix ones, so a checkout's line-end setting changes nothing. */
    private static String sha256(byte[] bytes) {
        try {
            byte[] unix = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n")
                    .getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(unix));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
