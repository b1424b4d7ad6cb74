package org.guildhall.shell;

import java.util.stream.Collectors;

import org.guildhall.shared.Explained;
import org.guildhall.shared.Refused;
import org.guildhall.shared.Text;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;

/** A {@link Text} from a rule or service, written in the current user's language (English outside a request). */
public final class Translated {

    private Translated() {
    }

    public static String text(Text text) {
        var ui = UI.getCurrent();
        var service = VaadinService.getCurrent();
        var provider = service == null ? null : service.getInstantiator().getI18NProvider();
        if (ui == null || provider == null || !text.isKey()) {
            return text.isKey() ? text.english() : text.key();
        }
        return provider.getTranslation(text.key(), ui.getLocale(),
                text.localised(ui.getLocale(), Translated::text));
    }

    /** Why it was refused: every problem with the values entered, or the refusal of the step. */
    public static String reasons(Explained failure) {
        if (!(failure instanceof Refused refused) || refused.fieldProblems().isEmpty()) {
            return text(failure.reason());
        }
        return refused.fieldProblems().stream().map(problem -> text(problem.text()))
                .collect(Collectors.joining(" "));
    }
}
