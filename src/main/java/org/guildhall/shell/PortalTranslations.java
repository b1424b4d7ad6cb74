package org.guildhall.shell;

import java.util.List;
import java.util.Locale;

import org.guildhall.platform.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Vaadin's translations ({@code getTranslation(key, args)} in every view) from the portal's message bundles. With
 * this provider present Vaadin gives each new UI the supported locale that matches the browser's language; a
 * signed-in user's chosen language then replaces it.
 */
@Component
class PortalTranslations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(PortalTranslations.class);

    private final MessageSource messages;

    PortalTranslations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, locale);
        } catch (NoSuchMessageException missing) {
            // Shown as !key! so a missing text is visible on screen and in view tests, never a blank label.
            log.warn("No message '{}' for {}", key, locale);
            return "!" + key + "!";
        }
    }
}
