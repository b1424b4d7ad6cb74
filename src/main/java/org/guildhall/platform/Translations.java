package org.guildhall.platform;

import java.util.Locale;

import org.guildhall.shared.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * The one way text is put into a person's language, for views (through Vaadin's translations), emails and PDFs
 * alike: the message of a key from the bundles under {@code i18n/}, its dates written in that language.
 */
@Component
public class Translations {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    private final MessageSource messages;

    public Translations(MessageSource messages) {
        this.messages = messages;
    }

    /** The message {@code key} in {@code locale}; shown as {@code !key!} when no bundle has it. */
    public String text(Locale locale, String key, Object... arguments) {
        return text(locale, Text.of(key, arguments));
    }

    /** The text in {@code locale}; a text that is not yet a key is shown as it is. */
    public String text(Locale locale, Text text) {
        if (!text.isKey()) {
            return text.key();
        }
        try {
            return messages.getMessage(text.key(), text.localised(locale, nested -> text(locale, nested)), locale);
        } catch (NoSuchMessageException missing) {
            // Visible on screen and in tests, never a blank label.
            log.warn("No message '{}' for {}", text.key(), locale);
            return "!" + text.key() + "!";
        }
    }
}
