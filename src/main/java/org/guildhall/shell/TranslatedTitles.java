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
 * The browser tab's title of a page outside {@link MainLayout} (sign-in, registration, error pages) in the user's
 * language: Vaadin writes a {@code @PageTitle} as it is, so a title that is a key is written again, translated,
 * before the response leaves. Pages inside the layout are titled by {@link MainLayout#getPageTitle()}.
 */
@Component
class TranslatedTitles implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(TranslatedTitles::retitle));
    }

    private static void retitle(AfterNavigationEvent event) {
        if (event.getActiveChain().stream().anyMatch(HasDynamicTitle.class::isInstance)) {
            return;
        }
        HasElement target = event.getActiveChain().getFirst();
        var title = target.getClass().getAnnotation(PageTitle.class);
        if (title != null && Text.of(title.value()).isKey()) {
            UI ui = event.getLocationChangeEvent().getUI();
            ui.beforeClientResponse(ui, context -> ui.getPage().setTitle(Translated.text(Text.of(title.value()))));
        }
    }
}
