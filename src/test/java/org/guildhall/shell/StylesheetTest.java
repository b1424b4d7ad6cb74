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

    private static final Path STYLESHEET = Path.of("src/main/resources/META-INF/resources/styles/guildhall.css");

    @Test
    void the_stylesheet_closes_every_rule_it_opens() throws IOException {
        String css = Files.readString(STYLESHEET).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        for (char c : css.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).as("closing braces without an opening one").isNotNegative();
        }
        assertThat(depth).as("rules left open in the stylesheet").isZero();
    }
}
