package org.guildhall.shell;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import org.guildhall.platform.Languages;
import org.guildhall.shared.Text;

/**
 * The choice of the portal's language: each language named in its own words ("English", "Français"), so a person
 * who cannot read the page's current language still finds theirs. Used by the profile (where the choice is kept on
 * the account) and by the sign-in and registration pages (where it lasts for the visit).
 */
public final class LanguageSelect {

    private LanguageSelect() {
    }

    /** A select showing the UI's language, calling {@code chosen} when the person picks another. */
    public static Select<Locale> create(String id, Consumer<Locale> chosen) {
        var select = new Select<Locale>();
        select.setId(id);
        select.setLabel(Translated.text(Text.of("shell.language.label")));
        select.setItems(Languages.SUPPORTED);
        select.setItemLabelGenerator(LanguageSelect::ownName);
        select.setValue(Languages.match(UI.getCurrent().getLocale()));
        select.addValueChangeListener(event -> {
            if (event.getValue() != null && !event.getValue().equals(UI.getCurrent().getLocale())) {
                chosen.accept(event.getValue());
            }
        });
        return select;
    }

    /**
     * Shows the portal in {@code language} from now on, for this visit: every page of the session, this one
     * redrawn at once (its layout and menu too).
     */
    public static void apply(Locale language) {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(language);
        }
        var ui = UI.getCurrent();
        ui.setLocale(language);
        ui.refreshCurrentRoute(true);
    }

    /** The language's name in itself: {@code shell.language.fr} reads "Français" in every bundle. */
    static String ownName(Locale language) {
        return Translated.text(Text.of("shell.language." + language.getLanguage()));
    }
}
