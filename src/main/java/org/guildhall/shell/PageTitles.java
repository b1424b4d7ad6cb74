package org.guildhall.shell;

import com.vaadin.flow.router.PageTitleContext;
import com.vaadin.flow.router.PageTitleGenerator;
import org.springframework.stereotype.Component;

/**
 * A view's title as Vaadin resolves it: its {@code @PageTitle} value, a bundle key that {@link MainLayout} translates.
 * That is what Vaadin does without a generator; declaring one spares a Spring exception per title: Vaadin asks the
 * context for a {@link PageTitleGenerator} bean for every menu entry of every page and every navigation, and with none
 * declared Spring builds and throws a {@code NoSuchBeanDefinitionException} each time (issue 15;
 * docs/decisions/query-plan-cache.md).
 */
@Component
class PageTitles implements PageTitleGenerator {

    @Override
    public String generatePageTitle(PageTitleContext context) {
        return context.value();
    }
}
