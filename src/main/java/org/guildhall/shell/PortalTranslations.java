package org.guildhall.shell;

import java.util.List;
import java.util.Locale;

import org.guildhall.platform.Languages;
import org.guildhall.platform.Translations;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Vaadin's translations ({@code getTranslation(key, args)} in every view) from the portal's message bundles. With
 * this provider present Vaadin gives each new UI the supported locale that matches the browser's language; a
 * signed-in user's chosen language then replaces it.
 */
@Component
class PortalTranslations implements I18NProvider {

    private final Translations translations;

    PortalTranslations(Translations translations) {
        this.translations = translations;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translations.text(locale, key, params);
    }
}
