package org.guildhall.shell;

import org.guildhall.shared.Explained;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The portal's passing messages, the one way views show them: a success at the bottom right, clear of the menu
 * and its user menu (WCAG 2.4.11); a warning (done, with a catch) and a refusal in the middle, long enough to read.
 */
public final class Toast {

    private Toast() {
    }

    public static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_END)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void warning(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    /** Why a request failed, in the user's language: every problem with the values entered, or why the step was refused. */
    public static void error(Explained failure) {
        error(Translated.reasons(failure));
    }

    public static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
