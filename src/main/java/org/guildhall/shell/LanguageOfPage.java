package org.guildhall.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.guildhall.shared.Text;
import org.springframework.stereotype.Component;

/**
 * Every page in the user's language for browsers and screen readers: the document's {@code lang} follows the UI's
 * locale after each navigation (it changes with a language chosen after the page was first loaded, which Vaadin's
 * own {@code lang} does not follow; WCAG 3.1.1), and the browser tab's title of a page outside {@link MainLayout}
 * (sign-in, registration, error pages) is translated: Vaadin writes a {@code @PageTitle} as it is, so a title that
 * is a key is written again, translated, before the response leaves. Pages inside the layout are titled by
 * {@link MainLayout#getPageTitle()}.
 */
@Component
class LanguageOfPage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(LanguageOfPage::apply));
    }

    private static void apply(AfterNavigationEvent event) {
        UI ui = event.getLocationChangeEvent().getUI();
        ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().toLanguageTag());
        if (event.getActiveChain().stream().anyMatch(HasDynamicTitle.class::isInstance)) {
            return;
        }
        HasElement target = event.getActiveChain().getFirst();
        var title = target.getClass().getAnnotation(PageTitle.class);
        if (title != null && Text.of(title.value()).isKey()) {
            ui.beforeClientResponse(ui, context -> ui.getPage().setTitle(Translated.text(Text.of(title.value()))));
        }
    }
}
