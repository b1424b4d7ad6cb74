package org.guildhall.identity.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import org.guildhall.identity.Role;

/** Keys the identity views share. */
final class IdentityTexts {

    private IdentityTexts() {
    }

    /** A text of the bundles in the current user's language, for code outside a component (home panels). */
    static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    /** A role's name in the reader's language: {@code shell.role.member} reads "Member", "Membre". */
    static String roleKey(Role role) {
        return "shell.role." + role.name().toLowerCase(Locale.ROOT);
    }
}
