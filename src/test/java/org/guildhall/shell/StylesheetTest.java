package org.guildhall.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's stylesheet stays well formed. Browsers nest CSS rules, so a rule left unclosed (twice by a merge)
 * does not fail anywhere visible: every rule after it silently applies only inside the unclosed one.
 */
class StylesheetTest {

    private static final Path STYLESHEETS = Path.of("src/main/resources/META-INF/resources/styles");

    @Test
    void every_stylesheet_closes_every_rule_it_opens() throws IOException {
        try (var files = Files.list(STYLESHEETS)) {
            for (Path stylesheet : files.filter(file -> file.toString().endsWith(".css")).toList()) {
                String css = Files.readString(stylesheet).replaceAll("(?s)/\\*.*?\\*/", "");
                int depth = 0;
                for (char c : css.toCharArray()) {
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                    assertThat(depth).as("closing braces without an opening one in " + stylesheet).isNotNegative();
                }
                assertThat(depth).as("rules left open in " + stylesheet).isZero();
            }
        }
    }
}
