package org.guildhall.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.guildhall.platform.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/**
 * The portal speaks English and French completely: every bundle comes in both, with the same keys, and every
 * message is a pattern {@link MessageFormat} reads as its author meant (an apostrophe is {@code ’} or doubled).
 */
class MessageBundlesTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyBundleHasTheSameKeysInEnglishAndFrench() throws IOException {
        var problems = new ArrayList<String>();
        for (String base : MessageBundles.baseNames()) {
            var english = load(base + ".properties");
            var french = load(base + "_fr.properties");
            var onlyEnglish = new TreeSet<>(english.stringPropertyNames());
            onlyEnglish.removeAll(french.stringPropertyNames());
            var onlyFrench = new TreeSet<>(french.stringPropertyNames());
            onlyFrench.removeAll(english.stringPropertyNames());
            onlyEnglish.forEach(key -> problems.add(base + ": no French for " + key));
            onlyFrench.forEach(key -> problems.add(base + ": no English for " + key));
        }
        assertThat(problems).isEmpty();
        assertThat(MessageBundles.baseNames()).contains("i18n/shell");
    }

    @Test
    void everyMessageIsAPatternWithoutLoneApostrophes() throws IOException {
        var problems = new ArrayList<String>();
        for (String base : MessageBundles.baseNames()) {
            for (String file : List.of(base + ".properties", base + "_fr.properties")) {
                var messages = load(file);
                for (String key : messages.stringPropertyNames()) {
                    String message = messages.getProperty(key);
                    if (LONE_APOSTROPHE.matcher(message).find()) {
                        problems.add(file + " " + key + ": write ’ or '' for an apostrophe");
                    }
                    try {
                        new MessageFormat(message, Locale.UK);
                    } catch (IllegalArgumentException e) {
                        problems.add(file + " " + key + ": " + e.getMessage());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aFrenchBrowserReadsFrenchAndEveryOtherReadsEnglish() {
        MessageSource source = new MessageBundles().messageSource();
        assertThat(source.getMessage("shell.skip-to-content", null, Languages.match(Locale.CANADA_FRENCH)))
                .isEqualTo("Aller au contenu principal");
        assertThat(source.getMessage("shell.skip-to-content", null, Languages.match(Locale.US)))
                .isEqualTo("Skip to main content");
        assertThat(Languages.match(Locale.GERMANY)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.match(Locale.US)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.fromTag(null)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.fromTag("fr-FR")).isEqualTo(Languages.FRENCH);
    }

    private static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
